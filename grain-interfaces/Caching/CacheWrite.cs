namespace LlmActors.Caching;

/// <summary>An answer to keep for a question, with the question's key, vector, topics, units and intent as in <see cref="CacheQuery"/>.</summary>
[GenerateSerializer, Immutable, Alias("caching.write")]
public sealed record CacheWrite(
    [property: Id(0)] string ExactKey,
    [property: Id(1)] string Question,
    [property: Id(2)] string Answer,
    [property: Id(3)] string Model,
    [property: Id(4)] float[] Vector,
    [property: Id(5)] string EmbedderId,
    [property: Id(6)] string[] Topics,
    [property: Id(7)] string[]? Units = null,
    [property: Id(8)] string? Intent = null);
