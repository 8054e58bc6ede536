using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Replays a way of deciding over scored items. Cost and latency count a stage only when that way of deciding
/// would have called it: fast-only pays the fast model, strong-only the strong model, the cascade the fast
/// model always and the strong model for the items it escalated.
/// </summary>
public static class DecisionMetrics
{
    public static EvaluationMetrics FastOnly(IReadOnlyList<ScoredItem> items, FailMode failMode) =>
        Measure(items, i => CascadePolicy.Alone(i.Fast.Score, ModerationStage.Fast, failMode), usesFast: true);

    public static EvaluationMetrics StrongOnly(IReadOnlyList<ScoredItem> items, FailMode failMode) =>
        Measure(items, i => CascadePolicy.Alone(i.Strong.Score, ModerationStage.Strong, failMode), usesFast: false);

    public static EvaluationMetrics Cascade(IReadOnlyList<ScoredItem> items, CascadePolicy policy, FailMode failMode) =>
        Measure(items, i => policy.Decide(i.Fast.Score, i.Strong.Score, failMode), usesFast: true);

    public static EvaluationMetrics Measure(IReadOnlyList<ScoredItem> items, Func<ScoredItem, CascadeOutcome> decide, bool usesFast)
    {
        int correct = 0, harmless = 0, falseBlocks = 0, harmful = 0, misses = 0, strong = 0;
        var cost = 0m;
        var latency = 0.0;
        foreach (var item in items)
        {
            var outcome = decide(item);
            var blocked = outcome.Decision == ModerationDecision.Block;
            var askedStrong = outcome.Stage == ModerationStage.Strong;
            correct += blocked == item.Flagged ? 1 : 0;
            harmful += item.Flagged ? 1 : 0;
            misses += item.Flagged && !blocked ? 1 : 0;
            harmless += item.Flagged ? 0 : 1;
            falseBlocks += !item.Flagged && blocked ? 1 : 0;
            strong += askedStrong ? 1 : 0;
            cost += (usesFast ? item.Fast.CostUsd : 0) + (askedStrong ? item.Strong.CostUsd : 0);
            latency += (usesFast ? item.Fast.LatencyMs : 0) + (askedStrong ? item.Strong.LatencyMs : 0);
        }

        var n = Math.Max(1, items.Count);
        return new EvaluationMetrics(
            (double)correct / n, Ratio(falseBlocks, harmless), Ratio(misses, harmful), cost, latency / n, (double)strong / n);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
