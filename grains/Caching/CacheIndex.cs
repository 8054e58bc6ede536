using LlmActors.Caching;

namespace LlmActors.Grains.Caching;

/// <summary>
/// The in-memory side of one cache: entries in slots, their unit vectors as 8-bit codes in one flat row-major
/// array with a scale per row (a lookup is one pass of SIMD dot products over contiguous memory, a quarter
/// of the bytes of floats), and a dictionary for exact keys.
/// Bounded by <c>capacity</c>: a full index first reuses an expired slot, otherwise evicts the least recently
/// used entry. Eviction scans all slots, which is negligible next to the model call that precedes a store.
/// </summary>
public sealed class CacheIndex(int dimensions, int capacity)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Stack<int> _free = new();
    private CacheEntry?[] _slots = new CacheEntry?[Math.Min(capacity, 64)];
    private sbyte[] _codes = new sbyte[Math.Min(capacity, 64) * dimensions];
    private float[] _scales = new float[Math.Min(capacity, 64)];
    private int _used;

    public int Dimensions => dimensions;

    public int Count => _byKey.Count;

    public long Evictions { get; private set; }

    public IEnumerable<CacheEntry> Entries => _slots.Take(_used).OfType<CacheEntry>();

    /// <summary>The last use of the least recently used entry; null when empty.</summary>
    public DateTimeOffset? OldestUse => Count == 0 ? null : Entries.Min(e => e.LastUsedAt);

    /// <summary>Evicts the least recently used entry if it was last used at or before <paramref name="usedBy"/>.</summary>
    public bool EvictOldest(DateTimeOffset usedBy)
    {
        var oldest = Entries.MinBy(e => e.LastUsedAt);
        if (oldest is null || oldest.LastUsedAt > usedBy)
        {
            return false;
        }

        Remove(_byKey[oldest.ExactKey]);
        Evictions++;
        return true;
    }

    /// <summary>
    /// The exact entry for the key, else the nearest entry at or above the threshold that may answer the question
    /// (<see cref="MayAnswer"/>); expired entries never match. <paramref name="vector"/> empty: exact only.
    /// </summary>
    public CacheMatch? Find(CacheQuery question, ReadOnlySpan<float> vector, DateTimeOffset now)
    {
        if (_byKey.TryGetValue(question.ExactKey, out var slot) && Live(slot, now) is { } exact)
        {
            return Touch(new CacheMatch(exact, true, 1f), now);
        }

        if (vector.Length != dimensions || question.Units is null)
        {
            return null;
        }

        var query = new sbyte[dimensions];
        var queryScale = VectorCodec.Encode(vector, query);
        var best = -1;
        var bestScore = question.Threshold;
        for (var i = 0; i < _used; i++)
        {
            var score = Int8Dot.Dot(_codes.AsSpan(i * dimensions, dimensions), query) * _scales[i] * queryScale;
            if (score >= bestScore && Live(i, now) is { } entry && MayAnswer(question, entry))
            {
                best = i;
                bestScore = score;
            }
        }

        return best < 0 ? null : Touch(new CacheMatch(_slots[best]!, false, bestScore), now);
    }

    /// <summary>
    /// A close neighbour may answer only a question about the same thing: never one clearly nearest another FAQ
    /// intent; nothing either question says left unexplained by the other (<see cref="ContentCoverage"/>), where
    /// the intent's own wording explains words too only when both are clearly nearest that intent; and, where the
    /// lexicon recognises subjects, the same subjects (<see cref="TopicGuard"/>). An entry kept without units
    /// answers exact repeats only.
    /// </summary>
    public static bool MayAnswer(CacheQuery question, CacheEntry entry)
    {
        if (entry.Units is not { } cached || question.Units is not { } asked
            || (question.Intent is not null && entry.Intent is not null && question.Intent != entry.Intent))
        {
            return false;
        }

        var intent = question.Intent is not null && question.Intent == entry.Intent ? question.IntentUnits ?? [] : [];
        return ContentCoverage.Explains(asked, cached, intent) && ContentCoverage.Explains(cached, asked, intent)
            && TopicGuard.Allows(question.Topics, entry.Topics);
    }

    /// <summary>
    /// Adds or replaces the entry for its exact key; <paramref name="vector"/> must be unit length. The entry's
    /// persisted vector becomes the 8-bit codes the index scans.
    /// </summary>
    public void Put(CacheEntry entry, ReadOnlySpan<float> vector, DateTimeOffset now)
    {
        var codes = new sbyte[vector.Length == dimensions ? dimensions : 0];
        entry.VectorScale = VectorCodec.Encode(vector, codes);
        entry.Vector = (byte[])(Array)codes;
        Restore(entry, now);
    }

    /// <summary>Adds a persisted entry with its 8-bit codes as they are.</summary>
    public void Restore(CacheEntry entry, DateTimeOffset now)
    {
        if (!_byKey.TryGetValue(entry.ExactKey, out var slot))
        {
            slot = TakeSlot(now);
            _byKey[entry.ExactKey] = slot;
        }

        _slots[slot] = entry;
        var row = _codes.AsSpan(slot * dimensions, dimensions);
        if (entry.Vector.Length == dimensions)
        {
            ((sbyte[])(Array)entry.Vector).CopyTo(row);
            _scales[slot] = entry.VectorScale;
        }
        else
        {
            // No usable vector: the entry still serves exact matches but never a semantic one.
            row.Clear();
            _scales[slot] = 0;
        }
    }

    public int RemoveExpired(DateTimeOffset now)
    {
        var removed = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_slots[i] is { } entry && entry.ExpiresAt <= now)
            {
                Remove(i);
                removed++;
            }
        }

        return removed;
    }

    public void Clear()
    {
        _byKey.Clear();
        _free.Clear();
        Array.Clear(_slots);
        Array.Clear(_codes);
        Array.Clear(_scales);
        _used = 0;
    }

    private CacheEntry? Live(int slot, DateTimeOffset now)
    {
        var entry = _slots[slot];
        if (entry is null || entry.ExpiresAt > now)
        {
            return entry;
        }

        Remove(slot);
        return null;
    }

    private static CacheMatch Touch(CacheMatch match, DateTimeOffset now)
    {
        match.Entry.LastUsedAt = now;
        match.Entry.Hits++;
        return match;
    }

    private int TakeSlot(DateTimeOffset now)
    {
        if (_free.TryPop(out var free))
        {
            return free;
        }

        if (_used < capacity)
        {
            Grow();
            return _used++;
        }

        var victim = 0;
        for (var i = 1; i < _used; i++)
        {
            var entry = _slots[i]!;
            if (entry.ExpiresAt <= now)
            {
                victim = i;
                break;
            }

            if (entry.LastUsedAt < _slots[victim]!.LastUsedAt)
            {
                victim = i;
            }
        }

        if (_slots[victim]!.ExpiresAt > now)
        {
            Evictions++;
        }

        Remove(victim);
        return _free.Pop();
    }

    private void Remove(int slot)
    {
        _byKey.Remove(_slots[slot]!.ExactKey);
        _slots[slot] = null;
        _codes.AsSpan(slot * dimensions, dimensions).Clear();
        _scales[slot] = 0;
        _free.Push(slot);
    }

    private void Grow()
    {
        if (_used < _slots.Length)
        {
            return;
        }

        var size = Math.Min(capacity, _slots.Length * 2);
        Array.Resize(ref _slots, size);
        Array.Resize(ref _codes, size * dimensions);
        Array.Resize(ref _scales, size);
    }
}
