namespace LlmActors.IntegrationTests.Reliability;

/// <summary>What clients saw around a fault at <paramref name="faultAt"/>.</summary>
public sealed class LoadAnalysis(IReadOnlyList<Attempt> attempts, TimeSpan faultAt)
{
    /// <summary>From the fault until the first success of a request sent after it.</summary>
    public TimeSpan AnsweringAgainAfter =>
        attempts.Where(a => a.Succeeded && a.Started >= faultAt).Select(a => a.Ended - faultAt).DefaultIfEmpty(TimeSpan.MaxValue).Min();

    /// <summary>The longest time, from the fault on, in which no request completed successfully.</summary>
    public TimeSpan LongestGap
    {
        get
        {
            var ends = attempts.Where(a => a.Succeeded && a.Ended >= faultAt).Select(a => a.Ended).Order().Prepend(faultAt).ToList();
            return ends.Zip(ends.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
        }
    }

    /// <summary>Requests that were in flight at the fault or sent after it and did not succeed.</summary>
    public IReadOnlyList<Attempt> Failures => [.. attempts.Where(a => !a.Succeeded && a.Ended >= faultAt)];

    public TimeSpan Slowest => attempts.Where(a => a.Ended >= faultAt).Select(a => a.Elapsed).DefaultIfEmpty(TimeSpan.Zero).Max();

    public int SucceededAfter => attempts.Count(a => a.Succeeded && a.Started >= faultAt);

    public override string ToString() =>
        $"answeringAgainS={Seconds(AnsweringAgainAfter)} longestGapS={Seconds(LongestGap)} failures={Failures.Count} slowestS={Seconds(Slowest)} "
        + $"succeededAfter={SucceededAfter} total={attempts.Count} failureStatuses=[{string.Join(' ', Failures.GroupBy(f => $"{f.Status}:{f.Problem}").Select(g => $"{g.Key}x{g.Count()}"))}]";

    private static string Seconds(TimeSpan span) => span == TimeSpan.MaxValue ? "never" : span.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
