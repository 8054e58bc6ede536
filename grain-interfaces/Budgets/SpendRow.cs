namespace LlmActors.Budgets;

/// <summary>One group of the spend report; <see cref="Key"/> is null for calls that named no user.</summary>
[GenerateSerializer, Immutable, Alias("spend.row")]
public sealed record SpendRow(
    [property: Id(0)] string? Key,
    [property: Id(1)] long Requests,
    [property: Id(2)] long PromptTokens,
    [property: Id(3)] long CompletionTokens,
    [property: Id(4)] decimal CostUsd,
    [property: Id(5)] long CacheHits);
