namespace LlmActors.Caching;

/// <summary>A lookup's outcome; on a hit, the cached answer, the model that wrote it, the question it answered and that question's FAQ intent.</summary>
[GenerateSerializer, Immutable, Alias("caching.lookup")]
public sealed record CacheLookup(
    [property: Id(0)] CacheMatchKind Kind,
    [property: Id(1)] string? Answer,
    [property: Id(2)] string? Model,
    [property: Id(3)] float Similarity,
    [property: Id(4)] string? MatchedQuestion,
    [property: Id(5)] string? Intent = null)
{
    public static readonly CacheLookup Miss = new(CacheMatchKind.Miss, null, null, 0, null);

    public bool IsHit => Kind != CacheMatchKind.Miss;
}
