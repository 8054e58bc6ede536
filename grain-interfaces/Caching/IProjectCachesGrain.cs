namespace LlmActors.Caching;

/// <summary>
/// Which cache namespaces a project has, keyed by project id: so that one admin call can purge them all, so that a
/// project has at most its limit of namespaces, and so that its capacity counts every namespace together (past it,
/// the project's least recently used answer goes, whichever namespace holds it). It calls the cache grains; they
/// never call it, so the two cannot wait on each other.
/// </summary>
public interface IProjectCachesGrain : IGrainWithStringKey
{
    /// <summary>
    /// Whether answers may be kept in the namespace: it exists, or the project is below its namespace limit (once
    /// emptied namespaces are let go). Asked before a turn is looked up, so a refused one is answered uncached.
    /// </summary>
    Task<bool> Admits(string cacheNamespace);

    /// <summary>
    /// Stores an answer, registering its namespace first (false, nothing stored: the project has no room for a new
    /// namespace), then evicts the project's least recently used answers past its capacity.
    /// </summary>
    Task<bool> Store(string cacheNamespace, CacheWrite write);

    /// <summary>Purges every namespace of the project and lets them go; returns how many there were.</summary>
    Task<int> PurgeAll();
}
