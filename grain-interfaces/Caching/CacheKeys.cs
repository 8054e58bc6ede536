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

    /// <summary>Stores an answer after registering its namespace with the project, so a purge will find it.</summary>
    public static async Task StoreInCache(this IGrainFactory grains, string projectId, string cacheNamespace, CacheWrite write)
    {
        await grains.GetGrain<IProjectCachesGrain>(projectId).Register(cacheNamespace);
        await grains.SemanticCache(projectId, cacheNamespace).Store(write);
    }
}
