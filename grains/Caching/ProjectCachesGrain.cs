using LlmActors.Caching;
using LlmActors.Grains.Quotas;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Non-reentrant: a purge runs to the end before a new namespace is registered, and one store's accounting before
/// the next. It keeps what each namespace last reported (<see cref="CacheFill"/>): counts are upper bounds (entries
/// also expire unreported) and last uses lower bounds (hits make them later), so before evicting from the namespace
/// that looks oldest it asks that namespace to evict only if its real oldest is no younger than the next namespace's;
/// otherwise the answer corrects the record and the next candidate is tried. What is evicted is the project's least
/// recently used answer.
/// </summary>
public sealed class ProjectCachesGrain(
    [PersistentState("namespaces", StorageNames.Caches)] IPersistentState<ProjectCachesState> state,
    IOptions<SemanticCacheOptions> cacheOptions,
    IOptions<QuotaOptions> quotas) : Grain, IProjectCachesGrain
{
    private readonly Dictionary<string, CacheFill> _fills = new(StringComparer.Ordinal);

    private HashSet<string> Namespaces => state.State.Namespaces;

    public async Task<bool> Admits(string cacheNamespace)
    {
        if (!Namespaces.Contains(cacheNamespace) && Namespaces.Count >= quotas.Value.MaxCacheNamespaces)
        {
            await LetEmptyOnesGoAsync();
        }

        return Namespaces.Contains(cacheNamespace) || Namespaces.Count < quotas.Value.MaxCacheNamespaces;
    }

    public async Task<bool> Store(string cacheNamespace, CacheWrite write)
    {
        if (!await Admits(cacheNamespace))
        {
            return false;
        }

        if (Namespaces.Add(cacheNamespace))
        {
            await state.WriteStateAsync();
        }

        await RefreshAsync(Namespaces.Where(ns => !_fills.ContainsKey(ns)));
        _fills[cacheNamespace] = await Cache(cacheNamespace).Store(write);
        while (_fills.Values.Sum(f => (long)f.Entries) > cacheOptions.Value.Capacity)
        {
            var oldest = _fills.Where(f => f.Value.Entries > 0).OrderBy(f => f.Value.OldestUse).Take(2).ToList();
            var nextOldest = oldest.Count > 1 ? oldest[1].Value.OldestUse!.Value : DateTimeOffset.MaxValue;
            _fills[oldest[0].Key] = await Cache(oldest[0].Key).Trim(nextOldest);
        }

        return true;
    }

    public async Task<int> PurgeAll()
    {
        var namespaces = Namespaces.ToList();
        await Task.WhenAll(namespaces.Select(ns => Cache(ns).Purge()));
        Namespaces.Clear();
        _fills.Clear();
        await state.WriteStateAsync();
        return namespaces.Count;
    }

    /// <summary>Namespaces whose answers have all expired or been evicted no longer count against the limit.</summary>
    private async Task LetEmptyOnesGoAsync()
    {
        await RefreshAsync(Namespaces);
        var empty = Namespaces.Where(ns => _fills[ns].Entries == 0).ToList();
        foreach (var ns in empty)
        {
            Namespaces.Remove(ns);
            _fills.Remove(ns);
        }

        if (empty.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    private async Task RefreshAsync(IEnumerable<string> namespaces)
    {
        foreach (var (ns, fill) in await Task.WhenAll(namespaces.ToList().Select(async ns => (ns, await Cache(ns).Trim(DateTimeOffset.MinValue)))))
        {
            _fills[ns] = fill;
        }
    }

    private ISemanticCacheGrain Cache(string cacheNamespace) => GrainFactory.SemanticCache(this.GetPrimaryKeyString(), cacheNamespace);
}
