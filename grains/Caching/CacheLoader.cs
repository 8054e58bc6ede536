namespace LlmActors.Grains.Caching;

/// <summary>Rebuilds the in-memory index from persisted entries, dropping the expired ones.</summary>
internal static class CacheLoader
{
    public static CacheIndex Load(IEnumerable<CacheEntry> entries, int dimensions, int capacity, DateTimeOffset now)
    {
        var index = new CacheIndex(dimensions, capacity);
        foreach (var entry in entries.Where(e => e.ExpiresAt > now && e.Vector.Length == dimensions).OrderBy(e => e.LastUsedAt))
        {
            index.Restore(entry, now);
        }

        return index;
    }
}
