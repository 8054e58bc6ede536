namespace LlmActors.Grains.Models;

/// <summary>A stage's scores, one per input in order, and every model call it took to get them (for metering).</summary>
public sealed record ScoredBatch(StageScore[] Scores, ModelCallUsage[] Calls)
{
    public static readonly ScoredBatch Empty = new([], []);
}
