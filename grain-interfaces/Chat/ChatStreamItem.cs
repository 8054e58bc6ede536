namespace LlmActors.Chat;

/// <summary>
/// One item of a streamed answer: deltas, then exactly one terminal item — <see cref="Usage"/> set on success, or
/// <see cref="Error"/> set on failure (before the first delta a refusal, after it a cut stream). The first item names
/// the model that answers (and, for routed requests, the tier and cache outcome), so the API can send its headers
/// before any text. A forwarded stream carries each provider chunk in <see cref="Chunk"/> (JSON, <c>model</c>
/// rewritten), to be sent as it is; the terminal item's chunk is the provider's usage chunk, set only when the
/// client asked for usage. <see cref="Delta"/> is the text a chunk added, for the gateway's own readers.
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
    [property: Id(7)] string? Cache = null,
    [property: Id(8)] byte[]? Chunk = null)
{
    public bool IsTerminal => Usage is not null || Error is not null;

    public static ChatStreamItem Text(string delta) => new(delta, null, null, null);

    /// <summary>What crosses to the API: a forwarded chunk already holds its text, so the delta is not sent twice.</summary>
    public ChatStreamItem ForClient() => Chunk is null || Delta is null ? this : this with { Delta = null };
}
