namespace LlmActors.Chat;

/// <summary>Why a call did not produce an answer; <see cref="Param"/> names the offending field where there is one.</summary>
[GenerateSerializer, Immutable, Alias("chat.call-error")]
public sealed record CallError(
    [property: Id(0)] CallStatus Status,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Param = null,
    [property: Id(3)] TimeSpan RetryAfter = default);
