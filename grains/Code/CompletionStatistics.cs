using LlmActors.Code;

namespace LlmActors.Grains.Code;

/// <summary>
/// Running counts and latencies of a file or a project. Latency covers the answers a user waited for
/// (hits, misses, joins, timeouts); replaced (cancelled) and failed requests are counted but not timed.
/// </summary>
[GenerateSerializer, Alias("code.completion-statistics")]
public sealed class CompletionStatistics
{
    [Id(0)]
    public long Total { get; set; }

    [Id(1)]
    public long CacheHits { get; set; }

    [Id(2)]
    public long Timeouts { get; set; }

    [Id(3)]
    public long Cancelled { get; set; }

    [Id(4)]
    public long Joined { get; set; }

    [Id(5)]
    public long Errors { get; set; }

    [Id(6)]
    public long ModelCalls { get; set; }

    [Id(7)]
    public LatencyHistogram Latency { get; set; } = new();

    public void Apply(CompletionSample sample)
    {
        if (sample.StartedModelCall)
        {
            ModelCalls++;
        }

        if (sample.Outcome == CompletionOutcome.Prefetch)
        {
            return;
        }

        Total++;
        switch (sample.Outcome)
        {
            case CompletionOutcome.Hit:
                CacheHits++;
                break;
            case CompletionOutcome.Joined:
                Joined++;
                break;
            case CompletionOutcome.Timeout:
                Timeouts++;
                break;
            case CompletionOutcome.Cancelled:
                Cancelled++;
                return;
            case CompletionOutcome.Error:
                Errors++;
                return;
        }

        Latency.Record(sample.LatencyMs);
    }

    public CodeStats ToStats() =>
        new(Total, CacheHits, Timeouts, Cancelled, Joined, Errors, ModelCalls, Latency.Percentile(50), Latency.Percentile(99));

    public CompletionStatistics Copy() => new()
    {
        Total = Total, CacheHits = CacheHits, Timeouts = Timeouts, Cancelled = Cancelled, Joined = Joined, Errors = Errors,
        ModelCalls = ModelCalls, Latency = Latency.Copy(),
    };
}
