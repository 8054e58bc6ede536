namespace LlmActors.Grains.Caching;

/// <summary>What a lookup found: the entry and how (exact key, or nearest neighbour at this similarity).</summary>
public sealed record CacheMatch(CacheEntry Entry, bool Exact, float Similarity);
