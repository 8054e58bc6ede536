using System.Collections.Concurrent;

namespace LlmActors.Api.Auth;

/// <summary>
/// Prefixes their key grain said no key exists under, remembered for <see cref="AuthOptions.UnknownKeySeconds"/> so
/// a flood of random keys costs one grain call per prefix rather than one per request. Bounded without scans or
/// timers: two generations of at most half <see cref="AuthOptions.UnknownKeyEntries"/> each; when the newer one
/// is full or a TTL old it becomes the older one and the older one is dropped whole.
/// </summary>
/// <remarks>
/// Per host. A key created through this host is forgotten here at once; another host answers 401 for it until its
/// own entry expires (at most the TTL), which needs someone to have presented the new, random prefix before it
/// existed. Revocation is unaffected: a revoked key's grain knows it, so it is never remembered here.
/// </remarks>
public sealed class UnknownKeyCache(IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly TimeSpan _ttl = TimeSpan.FromSeconds(Math.Max(0, options.Value.UnknownKeySeconds));
    private readonly int _perGeneration = Math.Max(1, options.Value.UnknownKeyEntries / 2);
    private readonly Lock _rotation = new();
    private Generation _newer = new(clock.GetTimestamp());
    private Generation _older = new(clock.GetTimestamp());

    public bool IsUnknown(string prefix)
    {
        if (_ttl <= TimeSpan.Zero)
        {
            return false;
        }

        var now = clock.GetTimestamp();
        return IsFresh(_newer, prefix, now) || IsFresh(_older, prefix, now);
    }

    public void Remember(string prefix)
    {
        if (_ttl <= TimeSpan.Zero)
        {
            return;
        }

        var now = clock.GetTimestamp();
        var generation = Current(now);
        if (generation.Entries.TryAdd(prefix, now))
        {
            Interlocked.Increment(ref generation.Added);
        }
        else
        {
            generation.Entries[prefix] = now;
        }
    }

    /// <summary>Called when a key is created under the prefix, so this host accepts it at once.</summary>
    public void Forget(string prefix)
    {
        _newer.Entries.TryRemove(prefix, out _);
        _older.Entries.TryRemove(prefix, out _);
    }

    private bool IsFresh(Generation generation, string prefix, long now) =>
        generation.Entries.TryGetValue(prefix, out var at) && clock.GetElapsedTime(at, now) < _ttl;

    private Generation Current(long now)
    {
        var newer = _newer;
        if (Volatile.Read(ref newer.Added) < _perGeneration && clock.GetElapsedTime(newer.Started, now) < _ttl)
        {
            return newer;
        }

        lock (_rotation)
        {
            if (ReferenceEquals(newer, _newer))
            {
                _older = newer;
                _newer = new Generation(now);
            }

            return _newer;
        }
    }

    private sealed class Generation(long started)
    {
        public readonly long Started = started;
        public readonly ConcurrentDictionary<string, long> Entries = new(StringComparer.Ordinal);

        // Counts additions, not removals: an upper bound on the size, without ConcurrentDictionary.Count's locks.
        public int Added;
    }
}
