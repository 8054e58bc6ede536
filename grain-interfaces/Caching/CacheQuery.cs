namespace LlmActors.Caching;

/// <summary>
/// A question to look up: its exact key (hash of the normalised text), its unit vector from the embedder named
/// by <paramref name="EmbedderId"/>, its recognised topics, and the similarity a neighbour needs to count;
/// its informative <paramref name="Units"/>, the FAQ intent it is clearly nearest (<paramref name="Intent"/>, null
/// for none) and that intent's units. A neighbour of another intent never answers; every unit of either question
/// must be found in the other, or in the intent's units when both have that intent. Without units only exact
/// matches answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("caching.query")]
public sealed record CacheQuery(
    [property: Id(0)] string ExactKey,
    [property: Id(1)] float[] Vector,
    [property: Id(2)] string EmbedderId,
    [property: Id(3)] string[] Topics,
    [property: Id(4)] float Threshold,
    [property: Id(5)] string[]? Units = null,
    [property: Id(6)] string? Intent = null,
    [property: Id(7)] string[]? IntentUnits = null);
