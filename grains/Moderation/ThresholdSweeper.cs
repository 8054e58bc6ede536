using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Replays the cascade for every threshold pair on a 0.01 grid (5,151 pairs) from scores already taken, keeps
/// the pairs within the false-block target, and picks a suggestion: the cheapest pair whose accuracy is within
/// the allowed loss of the most accurate pair. The suggestion is fitted to the evaluated set, so it is as good
/// as that set is representative; check it on items it was not fitted on.
/// </summary>
public static class ThresholdSweeper
{
    public const int Steps = 100;
    private const double Epsilon = 1e-9;

    public static ThresholdSweep Sweep(IReadOnlyList<ScoredItem> items, FailMode failMode, double targetFalseBlockRate, double maxAccuracyLoss)
    {
        var within = new List<ThresholdChoice>();
        for (var a = 0; a <= Steps; a++)
        {
            for (var b = a; b <= Steps; b++)
            {
                var policy = new CascadePolicy((double)a / Steps, (double)b / Steps);
                var metrics = DecisionMetrics.Cascade(items, policy, failMode);
                if (metrics.FalseBlockRate <= targetFalseBlockRate + Epsilon)
                {
                    within.Add(new ThresholdChoice(policy.AllowBelow, policy.BlockAbove, metrics));
                }
            }
        }

        var frontier = Frontier(within);
        if (frontier.Count == 0)
        {
            return new ThresholdSweep(targetFalseBlockRate, null, []);
        }

        var best = frontier[^1].Metrics.Accuracy;
        var suggested = frontier.First(c => c.Metrics.Accuracy >= best - maxAccuracyLoss - Epsilon);
        return new ThresholdSweep(targetFalseBlockRate, suggested, [.. frontier]);
    }

    /// <summary>Cheapest first; a pair stays only if it is more accurate than every cheaper one.</summary>
    private static List<ThresholdChoice> Frontier(IEnumerable<ThresholdChoice> choices)
    {
        var frontier = new List<ThresholdChoice>();
        var bestAccuracy = double.NegativeInfinity;
        foreach (var choice in choices
            .OrderBy(c => c.Metrics.StrongShare)
            .ThenByDescending(c => c.Metrics.Accuracy)
            .ThenBy(c => c.Metrics.FalseBlockRate)
            .ThenByDescending(c => c.BlockAbove - c.AllowBelow))
        {
            if (choice.Metrics.Accuracy > bestAccuracy + Epsilon)
            {
                frontier.Add(choice);
                bestAccuracy = choice.Metrics.Accuracy;
            }
        }

        return frontier;
    }
}
