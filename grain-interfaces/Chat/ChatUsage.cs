namespace LlmActors.Chat;

/// <summary>
/// What one answer cost and who gave it. <see cref="CachedTokens"/> are prompt tokens the provider served from its
/// prompt cache (billed at the cached-input price); <see cref="ReasoningTokens"/> are part of the completion tokens.
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.usage")]
public sealed record ChatUsage(
    [property: Id(0)] string Model,
    [property: Id(1)] int PromptTokens,
    [property: Id(2)] int CompletionTokens,
    [property: Id(3)] decimal CostUsd,
    [property: Id(4)] bool Fallback,
    [property: Id(5)] string? Tier = null,
    [property: Id(6)] string Cache = "bypass",
    [property: Id(7)] int CachedTokens = 0,
    [property: Id(8)] int ReasoningTokens = 0)
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
