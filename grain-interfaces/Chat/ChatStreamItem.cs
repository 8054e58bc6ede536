namespace LlmActors.Chat;

/// <summary>
/// One item of a streamed answer: text deltas, then exactly one terminal item — <see cref="Usage"/> set on
/// success, or <see cref="Error"/> set on failure (before the first delta a refusal, after it a cut stream).
/// The first delta names the model that answers (and, for routed requests, the tier and cache outcome), so
/// the API can send its headers before any text.
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.stream-item")]
public sealed record ChatStreamItem(
    [property: Id(0)] string? Delta,
    [property: Id(1)] string? FinishReason,
    [property: Id(2)] ChatUsage? Usage,
    [property: Id(3)] CallError? Error,
    [property: Id(4)] string? Model = null,
    [property: Id(5)] bool Fallback = false,
    [property: Id(6)] string? Tier = null,
    [property: Id(7)] string? Cache = null)
{
    public bool IsTerminal => Usage is not null || Error is not null;

    public static ChatStreamItem Text(string delta) => new(delta, null, null, null);
}
