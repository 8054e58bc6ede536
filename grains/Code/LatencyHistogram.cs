namespace LlmActors.Grains.Code;

/// <summary>
/// Log-bucketed latency counts: each bucket spans 4% (so percentiles are within ±2%), sparse, mergeable and
/// small enough to persist with the grain. Bucket 0 holds everything up to 1 ms.
/// </summary>
[GenerateSerializer, Alias("code.latency-histogram")]
public sealed class LatencyHistogram
{
    private const double Ratio = 1.04;
    private static readonly double LogRatio = Math.Log(Ratio);

    [Id(0)]
    public Dictionary<int, long> Buckets { get; set; } = [];

    [Id(1)]
    public long Count { get; set; }

    public void Record(double milliseconds)
    {
        var bucket = milliseconds <= 1 ? 0 : 1 + (int)Math.Min(10_000, Math.Floor(Math.Log(milliseconds) / LogRatio));
        Buckets[bucket] = Buckets.GetValueOrDefault(bucket) + 1;
        Count++;
    }

    /// <summary>The latency below which <paramref name="percentile"/>% of the recorded ones fall; 0 when empty.</summary>
    public double Percentile(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100 * Count));
        long seen = 0;
        foreach (var bucket in Buckets.Keys.Order())
        {
            seen += Buckets[bucket];
            if (seen >= rank)
            {
                // The geometric middle of the bucket [Ratio^(b-1), Ratio^b).
                return bucket == 0 ? 1 : Math.Round(Math.Pow(Ratio, bucket - 0.5), 1);
            }
        }

        return Math.Round(Math.Pow(Ratio, Buckets.Keys.Max() - 0.5), 1);
    }

    public LatencyHistogram Copy() => new() { Buckets = new Dictionary<int, long>(Buckets), Count = Count };
}
