namespace LlmActors.Moderation;

/// <summary>A pair of cascade thresholds and how the cascade does with them on the evaluated set.</summary>
[GenerateSerializer, Immutable, Alias("moderation.threshold-choice")]
public sealed record ThresholdChoice(
    [property: Id(0)] double AllowBelow,
    [property: Id(1)] double BlockAbove,
    [property: Id(2)] EvaluationMetrics Metrics);
