namespace LlmActors.Caching;

/// <summary>A provider's whole answer kept for requests identical to the one it answered (the exact-answer cache).</summary>
[GenerateSerializer, Immutable, Alias("caching.exact-answer")]
public sealed record ExactAnswer(
    [property: Id(0)] byte[] Body,
    [property: Id(1)] string Model,
    [property: Id(2)] string? Content,
    [property: Id(3)] string? FinishReason,
    [property: Id(4)] int PromptTokens,
    [property: Id(5)] int CompletionTokens);
