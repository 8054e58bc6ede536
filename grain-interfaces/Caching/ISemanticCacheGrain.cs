namespace LlmActors.Caching;

/// <summary>
/// One project's cached answers in one namespace, keyed <c>{projectId}/{namespace}</c> (<see cref="CacheKeys"/>),
/// so one project can never be served another's answer. Callers embed the question themselves: the grain is
/// pure in-memory work and is never held while a model or embeddings endpoint answers.
/// </summary>
public interface ISemanticCacheGrain : IGrainWithStringKey
{
    /// <summary>Exact match on the normalised-text key first, then the nearest neighbour above the query's threshold.</summary>
    Task<CacheLookup> Lookup(CacheQuery query);

    /// <summary>
    /// Adds (or replaces) the answer to a question; may evict the least recently used entry. Called through
    /// <see cref="IProjectCachesGrain.Store"/>, which keeps the project within its capacity.
    /// </summary>
    Task<CacheFill> Store(CacheWrite write);

    /// <summary>
    /// Drops expired entries; if there were none, evicts the least recently used entry when its last use is at or
    /// before <paramref name="evictIfUsedBy"/> (<see cref="DateTimeOffset.MinValue"/>: never). Returns what is left.
    /// </summary>
    Task<CacheFill> Trim(DateTimeOffset evictIfUsedBy);

    /// <summary>Drops every entry, durably, before returning.</summary>
    Task Purge();

    Task<CacheStats> GetStats();
}
