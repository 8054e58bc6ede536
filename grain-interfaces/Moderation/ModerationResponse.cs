using LlmActors.Chat;

namespace LlmActors.Moderation;

/// <summary>One verdict per input in input order, or the error that replaced them all (e.g. a budget refusal).</summary>
[GenerateSerializer, Immutable, Alias("moderation.response")]
public sealed record ModerationResponse(
    [property: Id(0)] ModerationVerdict[]? Verdicts,
    [property: Id(1)] decimal CostUsd,
    [property: Id(2)] CallError? Error)
{
    public static ModerationResponse Failed(CallError error) => new(null, 0m, error);
}
