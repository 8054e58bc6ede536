namespace LlmActors.Caching;

/// <summary>Grain keys of the caches. Project ids and namespaces cannot contain '/', so the key splits one way only.</summary>
public static class CacheKeys
{
    public const string SupportNamespace = "support";

    public static string Of(string projectId, string cacheNamespace)
    {
        if (!Identifiers.IsValid(projectId) || !Identifiers.IsValid(cacheNamespace))
        {
            throw new ArgumentException("Project id and cache namespace must be valid identifiers.");
        }

        return projectId + "/" + cacheNamespace;
    }

    public static ISemanticCacheGrain SemanticCache(this IGrainFactory grains, string projectId, string cacheNamespace) =>
        grains.GetGrain<ISemanticCacheGrain>(Of(projectId, cacheNamespace));

    /// <summary>Stores an answer through the project's registry (<see cref="IProjectCachesGrain.Store"/>); false if not stored.</summary>
    public static Task<bool> StoreInCache(this IGrainFactory grains, string projectId, string cacheNamespace, CacheWrite write)
    {
        _ = Of(projectId, cacheNamespace);
        return grains.GetGrain<IProjectCachesGrain>(projectId).Store(cacheNamespace, write);
    }
}
