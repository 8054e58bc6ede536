namespace LlmActors.Grains.Code;

/// <summary>
/// A file's completions by context hash, bounded, evicting the least recently used. Besides exact hits it
/// answers "typed-through" contexts: the same place in the file with a few characters typed that are the
/// start of a cached completion, answered with the rest of it.
/// </summary>
public sealed class CompletionCache(int capacity, int maxTypeAhead)
{
    private readonly LinkedList<CachedCompletion> _recency = new();
    private readonly Dictionary<string, LinkedListNode<CachedCompletion>> _byHash = new(StringComparer.Ordinal);

    public int Count => _byHash.Count;

    public CacheMatch? Find(CodeContext context)
    {
        if (_byHash.TryGetValue(context.Hash, out var exact))
        {
            Touch(exact);
            return new CacheMatch(exact.Value.Completion, exact.Value.Model, Exact: true);
        }

        for (var node = _recency.First; node is not null; node = node.Next)
        {
            if (TypedThrough(node.Value, context) is { } rest)
            {
                Touch(node);
                return new CacheMatch(rest, node.Value.Model, Exact: false);
            }
        }

        return null;
    }

    public void Add(CodeContext context, string completion, string model)
    {
        if (capacity <= 0 || completion.Length == 0)
        {
            return;
        }

        if (_byHash.Remove(context.Hash, out var old))
        {
            _recency.Remove(old);
        }

        Insert(new CachedCompletion(context.Hash, context.PrefixHash, context.SuffixHash, context.Prefix.Length, completion, model));
    }

    /// <summary>Most recently used first.</summary>
    public IReadOnlyList<CachedCompletion> MostRecent(int count) => [.. _recency.Take(count)];

    /// <summary>Restores persisted entries, most recently used first.</summary>
    public void Load(IEnumerable<CachedCompletion> entries)
    {
        foreach (var entry in entries.Reverse())
        {
            if (!_byHash.ContainsKey(entry.Hash))
            {
                Insert(entry);
            }
        }
    }

    private void Insert(CachedCompletion entry)
    {
        _byHash[entry.Hash] = _recency.AddFirst(entry);
        while (_byHash.Count > capacity)
        {
            var last = _recency.Last!;
            _recency.RemoveLast();
            _byHash.Remove(last.Value.Hash);
        }
    }

    private void Touch(LinkedListNode<CachedCompletion> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private string? TypedThrough(CachedCompletion entry, CodeContext context)
    {
        var typed = context.Prefix.Length - entry.PrefixLength;
        if (entry.SuffixHash != context.SuffixHash || typed < 1 || typed > maxTypeAhead || typed >= entry.Completion.Length
            || !context.Prefix.AsSpan(entry.PrefixLength).SequenceEqual(entry.Completion.AsSpan(0, typed)))
        {
            return null;
        }

        // Cheap checks first; hash the shorter prefix only for a real candidate.
        return ContextHash.Of(context.Language, context.Prefix[..entry.PrefixLength]) == entry.PrefixHash ? entry.Completion[typed..] : null;
    }
}
