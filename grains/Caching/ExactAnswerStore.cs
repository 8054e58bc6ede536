using LlmActors.Caching;

namespace LlmActors.Grains.Caching;

/// <summary>A bounded least-recently-used map of answers with expiry, by entries and by bytes; no I/O, one thread.</summary>
public sealed class ExactAnswerStore(int capacity, long maxBytes)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    public int Count => _entries.Count;

    public long Bytes { get; private set; }

    public ExactAnswer? Find(string key, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node.Value.ExpiresAt <= now)
        {
            Remove(node);
            return null;
        }

        _recency.Remove(node);
        _recency.AddFirst(node);
        return node.Value.Answer;
    }

    public void Put(string key, ExactAnswer answer, DateTimeOffset expiresAt)
    {
        if (_entries.TryGetValue(key, out var existing))
        {
            Remove(existing);
        }

        var node = _recency.AddFirst(new Entry(key, answer, expiresAt));
        _entries[key] = node;
        Bytes += answer.Body.Length;
        while (_entries.Count > capacity || Bytes > maxBytes)
        {
            Remove(_recency.Last!);
        }
    }

    public void Clear()
    {
        _entries.Clear();
        _recency.Clear();
        Bytes = 0;
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        Bytes -= node.Value.Answer.Body.Length;
    }

    private sealed record Entry(string Key, ExactAnswer Answer, DateTimeOffset ExpiresAt);
}
