using LlmActors.Caching;

namespace LlmActors.Grains.Caching;

/// <summary>Non-reentrant: a purge runs to the end before a new namespace is registered.</summary>
public sealed class ProjectCachesGrain(
    [PersistentState("namespaces", StorageNames.Caches)] IPersistentState<ProjectCachesState> state) : Grain, IProjectCachesGrain
{
    public async Task Register(string cacheNamespace)
    {
        if (state.State.Namespaces.Add(cacheNamespace))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<int> PurgeAll()
    {
        var projectId = this.GetPrimaryKeyString();
        var namespaces = state.State.Namespaces.ToList();
        await Task.WhenAll(namespaces.Select(ns => GrainFactory.SemanticCache(projectId, ns).Purge()));
        return namespaces.Count;
    }
}
