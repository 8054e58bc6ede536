using LlmActors.Chat;

namespace LlmActors.Code;

/// <summary>
/// One completion answer. <see cref="TimedOut"/>: the hard timeout passed and this is what was available
/// (partial text or a cached completion, possibly empty). <see cref="Cancelled"/>: a newer request for the
/// same file replaced this one, which was answered at once with what it had. <see cref="Error"/> set means
/// no answer (budget refused, no model answered).
/// </summary>
[GenerateSerializer, Immutable, Alias("code.completion")]
public sealed record CodeCompletion(
    [property: Id(0)] string Completion,
    [property: Id(1)] bool Cached,
    [property: Id(2)] bool TimedOut,
    [property: Id(3)] bool Cancelled,
    [property: Id(4)] string Model,
    [property: Id(5)] double LatencyMs,
    [property: Id(6)] string FinishReason,
    [property: Id(7)] CallError? Error = null);
