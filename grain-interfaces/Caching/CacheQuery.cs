namespace LlmActors.Caching;

/// <summary>
/// A question to look up: its exact key (hash of the normalised text), its unit vector from the embedder named
/// by <paramref name="EmbedderId"/>, its recognised topics, and the similarity a neighbour needs to count.
/// </summary>
[GenerateSerializer, Immutable, Alias("caching.query")]
public sealed record CacheQuery(
    [property: Id(0)] string ExactKey,
    [property: Id(1)] float[] Vector,
    [property: Id(2)] string EmbedderId,
    [property: Id(3)] string[] Topics,
    [property: Id(4)] float Threshold);
