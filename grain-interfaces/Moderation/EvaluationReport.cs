using LlmActors.Chat;

namespace LlmActors.Moderation;

/// <summary>
/// The outcome of an evaluation: the three ways of deciding, the threshold sweep, the cascade's mistakes, how
/// many items a model could not score, and what the run was charged. <see cref="Error"/> replaces it all when
/// the run was refused (e.g. by the budget).
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.evaluation-report")]
public sealed record EvaluationReport(
    [property: Id(0)] int Items,
    [property: Id(1)] ModerationPolicy? Policy,
    [property: Id(2)] EvaluationMetrics? FastOnly,
    [property: Id(3)] EvaluationMetrics? StrongOnly,
    [property: Id(4)] EvaluationMetrics? Cascade,
    [property: Id(5)] ThresholdSweep? Sweep,
    [property: Id(6)] EvaluationMistake[] Mistakes,
    [property: Id(7)] int FastUnscored,
    [property: Id(8)] int StrongUnscored,
    [property: Id(9)] decimal ChargedUsd,
    [property: Id(10)] CallError? Error)
{
    public static EvaluationReport Failed(CallError error) => new(0, null, null, null, null, null, [], 0, 0, 0m, error);
}
