namespace LlmActors.Chat;

/// <summary>What one answer cost and who gave it.</summary>
[GenerateSerializer, Immutable, Alias("chat.usage")]
public sealed record ChatUsage(
    [property: Id(0)] string Model,
    [property: Id(1)] int PromptTokens,
    [property: Id(2)] int CompletionTokens,
    [property: Id(3)] decimal CostUsd,
    [property: Id(4)] bool Fallback,
    [property: Id(5)] string? Tier = null,
    [property: Id(6)] string Cache = "bypass")
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
