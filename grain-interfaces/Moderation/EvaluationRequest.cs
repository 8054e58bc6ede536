namespace LlmActors.Moderation;

/// <summary>
/// Runs a labelled set through both models once per item and reports fast-only, strong-only and the cascade.
/// Thresholds left null come from the project's policy. The sweep suggests the cheapest thresholds whose
/// false-block rate is at most <see cref="TargetFalseBlockRate"/> (null: the strong model's own rate on this set)
/// and whose accuracy is within <see cref="MaxAccuracyLoss"/> (null: 0.005) of the best such thresholds.
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.evaluation-request")]
public sealed record EvaluationRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string RequestId,
    [property: Id(2)] LabelledItem[] Items,
    [property: Id(3)] double? AllowBelow,
    [property: Id(4)] double? BlockAbove,
    [property: Id(5)] double? TargetFalseBlockRate,
    [property: Id(6)] double? MaxAccuracyLoss = null);
