namespace LlmActors.Grains.Caching;

/// <summary>The persisted cache: its entries (with 8-bit vectors) and the embedder those vectors came from.</summary>
[GenerateSerializer, Alias("caching.state")]
public sealed class SemanticCacheState
{
    [Id(0)] public string? EmbedderId { get; set; }
    [Id(1)] public List<CacheEntry> Entries { get; set; } = [];
}
