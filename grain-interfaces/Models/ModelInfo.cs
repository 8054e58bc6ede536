namespace LlmActors.Models;

/// <summary>A catalog entry as clients see it in <c>GET /v1/models</c>.</summary>
[GenerateSerializer, Immutable, Alias("models.info")]
public sealed record ModelInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] ModelKind Kind,
    [property: Id(2)] ModelTier? Tier,
    [property: Id(3)] decimal InputPerMillionUsd,
    [property: Id(4)] decimal OutputPerMillionUsd,
    [property: Id(5)] string[] Fallbacks,
    [property: Id(6)] string Provider);
