namespace LlmActors.Moderation;

/// <summary>An item the cascade decided against its label, with the scores that led there.</summary>
[GenerateSerializer, Immutable, Alias("moderation.evaluation-mistake")]
public sealed record EvaluationMistake(
    [property: Id(0)] int Index,
    [property: Id(1)] string? Id,
    [property: Id(2)] bool Flagged,
    [property: Id(3)] double? FastScore,
    [property: Id(4)] double? StrongScore,
    [property: Id(5)] ModerationStage Stage);
