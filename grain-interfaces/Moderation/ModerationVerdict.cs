namespace LlmActors.Moderation;

/// <summary>
/// The cascade's outcome for one input. <see cref="FastScore"/> is null when the fast model was unavailable,
/// <see cref="StrongScore"/> when the strong model was not asked or did not answer. <see cref="FailModeApplied"/>
/// is set only when the strong model was needed and unavailable, so the project's fail mode decided.
/// <see cref="Categories"/> are the per-category scores of a stage that reports them (the provider's moderation
/// endpoint); empty when no stage did. Cost and latency are this input's share of the request.
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.verdict")]
public sealed record ModerationVerdict(
    [property: Id(0)] ModerationDecision Decision,
    [property: Id(1)] ModerationStage Stage,
    [property: Id(2)] double? FastScore,
    [property: Id(3)] double? StrongScore,
    [property: Id(4)] FailMode? FailModeApplied,
    [property: Id(5)] CategoryScore[] Categories,
    [property: Id(6)] decimal CostUsd,
    [property: Id(7)] double LatencyMs)
{
    /// <summary>A stage the cascade wanted was unavailable (the fast model, or the strong one).</summary>
    public bool Degraded => FastScore is null || FailModeApplied is not null;
}
