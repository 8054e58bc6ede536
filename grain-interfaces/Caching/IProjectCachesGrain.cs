namespace LlmActors.Caching;

/// <summary>
/// Which cache namespaces a project has, keyed by project id, so that one admin call can purge them all.
/// It calls the cache grains; they never call it, so the two cannot wait on each other.
/// </summary>
public interface IProjectCachesGrain : IGrainWithStringKey
{
    /// <summary>Remembers a namespace; cheap and idempotent, called before the first store in it.</summary>
    Task Register(string cacheNamespace);

    /// <summary>Purges every namespace of the project; returns how many there were.</summary>
    Task<int> PurgeAll();
}
