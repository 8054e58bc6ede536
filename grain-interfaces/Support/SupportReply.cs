using LlmActors.Chat;

namespace LlmActors.Support;

/// <summary>
/// The answer to one turn and how it was produced: the tier and the reason for it, whether the cache answered
/// (<c>hit</c>), was consulted (<c>miss</c>) or skipped (<c>bypass</c>), and what it cost. <see cref="Error"/> replaces
/// the answer when no model could give one. <see cref="Body"/> is the provider's answer as it came (model renamed)
/// when a model answered a forwarded request; it is never kept in a conversation's state.
/// </summary>
[GenerateSerializer, Immutable, Alias("support.reply")]
public sealed record SupportReply(
    [property: Id(0)] string Reply,
    [property: Id(1)] string Model,
    [property: Id(2)] string Tier,
    [property: Id(3)] string Cache,
    [property: Id(4)] int PromptTokens,
    [property: Id(5)] int CompletionTokens,
    [property: Id(6)] decimal CostUsd,
    [property: Id(7)] double LatencyMs,
    [property: Id(8)] bool Fallback,
    [property: Id(9)] string Reason,
    [property: Id(10)] string? FinishReason,
    [property: Id(11)] CallError? Error = null,
    [property: Id(12)] byte[]? Body = null)
{
    public ChatUsage ToUsage() => new(Model, PromptTokens, CompletionTokens, CostUsd, Fallback, Tier, Cache);
}
