namespace LlmActors.Grains.Models;

/// <summary>A stage's scores, one per input in order; its model calls go to the request's <see cref="CallLog"/>.</summary>
public sealed record ScoredBatch(StageScore[] Scores)
{
    public static readonly ScoredBatch Empty = new([]);
}
