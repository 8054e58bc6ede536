namespace LlmActors.Bench.Code;

/// <summary>
/// One mode's figures, defined as the gateway's statistics define them: rates over all requests, latency and
/// time to first text over the answers a user waited for (not the ones a newer request replaced).
/// </summary>
public sealed record ReplaySummary(
    string Mode, int Requests, int Cancelled, int Failed, double P50Ms, double P99Ms, double MaxMs, double TtftP50Ms, double TtftP99Ms,
    double HitRate, double TimeoutRate)
{
    public static ReplaySummary From(string mode, IReadOnlyCollection<AskResult> results)
    {
        var answered = results.Where(r => !r.Cancelled && !r.Failed).ToList();
        var latency = answered.Select(r => r.LatencyMs).Order().ToArray();
        var ttft = answered.Select(r => r.TtftMs).Order().ToArray();
        return new ReplaySummary(mode, results.Count, results.Count(r => r.Cancelled), results.Count(r => r.Failed),
            Percentile(latency, 50), Percentile(latency, 99), latency.LastOrDefault(), Percentile(ttft, 50), Percentile(ttft, 99),
            Rate(results, r => r.Cached), Rate(results, r => r.TimedOut));
    }

    public override string ToString() =>
        $"{Mode,-10} {Requests,8} {Cancelled,9} {Failed,6} {P50Ms,8:F0} {P99Ms,8:F0} {MaxMs,8:F0} {TtftP50Ms,9:F0} {TtftP99Ms,9:F0} {HitRate,8:P1} {TimeoutRate,8:P1}";

    public const string Header = "mode       requests cancelled failed   p50 ms   p99 ms   max ms  ttft p50  ttft p99 hit rate timeouts";

    /// <summary>Nearest rank: the smallest value with at least <paramref name="percentile"/>% of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Rate(IReadOnlyCollection<AskResult> results, Func<AskResult, bool> predicate) =>
        results.Count == 0 ? 0 : (double)results.Count(predicate) / results.Count;
}
