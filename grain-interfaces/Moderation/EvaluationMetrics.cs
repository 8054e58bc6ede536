namespace LlmActors.Moderation;

/// <summary>
/// How one way of deciding did on a labelled set. <see cref="FalseBlockRate"/> is the share of items labelled
/// harmless that were blocked; <see cref="MissRate"/> the share of items labelled harmful that were allowed (0
/// when the set has none of that label). <see cref="StrongShare"/> is the share of items the strong model decided.
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.evaluation-metrics")]
public sealed record EvaluationMetrics(
    [property: Id(0)] double Accuracy,
    [property: Id(1)] double FalseBlockRate,
    [property: Id(2)] double MissRate,
    [property: Id(3)] decimal CostUsd,
    [property: Id(4)] double AvgLatencyMs,
    [property: Id(5)] double StrongShare);
