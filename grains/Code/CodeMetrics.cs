using System.Diagnostics.Metrics;
using LlmActors.Code;
using LlmActors.Grains.Telemetry;
using TagList = System.Diagnostics.TagList;

namespace LlmActors.Grains.Code;

/// <summary>Code completion instruments on the gateway's meter: answers by outcome (timeouts and cancellations included) and their latency.</summary>
public sealed class CodeMetrics
{
    private readonly Counter<long> _completions;
    private readonly Histogram<double> _duration;
    private readonly GatewayMetrics _gateway;

    public CodeMetrics(GatewayMetrics gateway)
    {
        _gateway = gateway;
        _completions = gateway.Meter.CreateCounter<long>("llmactors.code.completions", "{request}",
            "Code completion requests by outcome (hit, miss, joined, timeout, cancelled, error) and prefetches.");
        _duration = gateway.Meter.CreateHistogram<double>("llmactors.code.completion.duration", "s", "Time to answer a code completion request.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10] });
    }

    public void Record(CompletionSample sample)
    {
        var outcome = sample.Outcome.ToString().ToLowerInvariant();
        _completions.Add(1, new TagList { { "llmactors.outcome", outcome } });
        if (sample.Outcome is not (CompletionOutcome.Prefetch or CompletionOutcome.Cancelled or CompletionOutcome.Error))
        {
            _duration.Record(sample.LatencyMs / 1000, new TagList { { "llmactors.outcome", outcome } });
        }

        if (sample.Outcome is CompletionOutcome.Hit or CompletionOutcome.Miss)
        {
            _gateway.CacheLookup("code", "context", sample.Outcome == CompletionOutcome.Hit);
        }
    }
}
