using System.Diagnostics.Metrics;
using LlmActors.Grains.Telemetry;
using LlmActors.Moderation;
using TagList = System.Diagnostics.TagList;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Moderation instruments on the gateway's meter. OpenTelemetry's GenAI conventions define none for moderation
/// decisions, so these are ours; the model calls behind them are counted by the model layer as
/// <c>gen_ai.client.*</c> with operation <c>moderation</c>.
/// </summary>
public sealed class ModerationMetrics
{
    private readonly Counter<long> _decisions;
    private readonly Histogram<double> _duration;
    private readonly Counter<double> _cost;

    public ModerationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GatewayMetrics.MeterName);
        _decisions = meter.CreateCounter<long>("llmactors.moderation.decisions", "{decision}",
            "Moderation decisions by deciding stage (fast/strong), decision (allow/block) and fail mode applied (none/closed/open).");
        _duration = meter.CreateHistogram<double>("llmactors.moderation.duration", "s", "Time to decide one input, both stages included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30] });
        _cost = meter.CreateCounter<double>("llmactors.moderation.cost", "USD", "Cost of moderation decisions by deciding stage.");
    }

    public void Record(ModerationVerdict verdict)
    {
        var stage = verdict.Stage == ModerationStage.Fast ? "fast" : "strong";
        var tags = new TagList
        {
            { "llmactors.moderation.stage", stage },
            { "llmactors.moderation.decision", verdict.Decision == ModerationDecision.Block ? "block" : "allow" },
            { "llmactors.moderation.fail_mode", verdict.FailModeApplied switch { FailMode.Closed => "closed", FailMode.Open => "open", _ => "none" } },
        };
        _decisions.Add(1, tags);
        _duration.Record(verdict.LatencyMs / 1000, new TagList { { "llmactors.moderation.stage", stage } });
        _cost.Add((double)verdict.CostUsd, new TagList { { "llmactors.moderation.stage", stage } });
    }
}
