namespace LlmActors.Bench;

/// <summary>What one load run measured.</summary>
public sealed record LoadResult(string Name, long Requests, long Errors, TimeSpan Duration, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    public double Rps => Requests / Duration.TotalSeconds;

    public static LoadResult From(string name, LatencyRecorder recorder, TimeSpan duration) =>
        new(name, recorder.Count, recorder.Errors, duration, recorder.PercentileMs(50), recorder.PercentileMs(90), recorder.PercentileMs(99), recorder.PercentileMs(100));

    public override string ToString() =>
        $"{Name,-34} {Rps,9:F0} rps  p50 {P50Ms,8:F3} ms  p90 {P90Ms,8:F3} ms  p99 {P99Ms,8:F3} ms  max {MaxMs,8:F1} ms  errors {Errors}";
}
