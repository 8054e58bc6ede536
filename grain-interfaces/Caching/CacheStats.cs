namespace LlmActors.Caching;

/// <summary>Counters since activation, plus the current entry count.</summary>
[GenerateSerializer, Immutable, Alias("caching.stats")]
public sealed record CacheStats(
    [property: Id(0)] int Entries,
    [property: Id(1)] long ExactHits,
    [property: Id(2)] long SemanticHits,
    [property: Id(3)] long Misses,
    [property: Id(4)] long Evictions,
    [property: Id(5)] string? EmbedderId);
