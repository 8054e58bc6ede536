using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>
/// The evaluation answer: the contract's <c>fastOnly</c>, <c>strongOnly</c> and <c>cascade</c>, plus the policy the
/// cascade was replayed with, the threshold sweep, what each model failed to score, the cost charged to the
/// project for the run, and the cascade's mistakes (at most 200).
/// </summary>
public sealed record EvaluationBody(
    int Items,
    PolicyBody Policy,
    EvaluationMetrics FastOnly,
    EvaluationMetrics StrongOnly,
    EvaluationMetrics Cascade,
    ThresholdSweep Sweep,
    UnscoredBody Unscored,
    decimal ChargedUsd,
    MistakeBody[] Mistakes)
{
    public static EvaluationBody Of(string projectId, EvaluationReport report) => new(
        report.Items,
        PolicyBody.Of(projectId, report.Policy!),
        report.FastOnly!,
        report.StrongOnly!,
        report.Cascade!,
        report.Sweep!,
        new UnscoredBody(report.FastUnscored, report.StrongUnscored),
        report.ChargedUsd,
        [.. report.Mistakes.Select(MistakeBody.Of)]);
}
