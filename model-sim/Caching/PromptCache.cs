namespace LlmActors.ModelSim.Caching;

/// <summary>
/// Simulated prompt caching, per simulator process: a prompt of at least 1,024 tokens whose prefix was sent in
/// the last five minutes to the same model with the same <c>prompt_cache_key</c> reports the shared prefix as
/// <c>cached_tokens</c>, in whole blocks of 128 (as OpenAI does). Only long prompts are kept, at most 64.
/// </summary>
internal sealed class PromptCache
{
    public const int MinimumPrefix = 1024;
    public const int Block = 128;
    private const int Capacity = 64;
    private static readonly long LifetimeMs = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    /// <summary>The cached tokens for this prompt; the prompt is remembered for the requests after it.</summary>
    public int CachedTokens(string scope, int[] ids)
    {
        if (ids.Length < MinimumPrefix)
        {
            return 0;
        }

        var now = Environment.TickCount64;
        var shared = 0;
        lock (_lock)
        {
            _entries.RemoveAll(e => now - e.SeenMs > LifetimeMs);
            foreach (var entry in _entries)
            {
                if (entry.Scope == scope)
                {
                    shared = Math.Max(shared, ids.AsSpan().CommonPrefixLength(entry.Ids));
                }
            }

            _entries.RemoveAll(e => e.Scope == scope && e.Ids.AsSpan().SequenceEqual(ids));
            _entries.Add(new Entry(scope, ids, now));
            if (_entries.Count > Capacity)
            {
                _entries.RemoveAt(0);
            }
        }

        return shared >= MinimumPrefix ? shared / Block * Block : 0;
    }

    private sealed record Entry(string Scope, int[] Ids, long SeenMs);
}
