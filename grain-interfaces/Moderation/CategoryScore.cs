namespace LlmActors.Moderation;

/// <summary>One moderation category (OpenAI's names, e.g. <c>violence</c>, <c>self-harm/intent</c>) and its score.</summary>
[GenerateSerializer, Immutable, Alias("moderation.category-score")]
public sealed record CategoryScore([property: Id(0)] string Category, [property: Id(1)] double Score);
