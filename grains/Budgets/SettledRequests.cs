namespace LlmActors.Grains.Budgets;

/// <summary>Committed request ids, oldest first, forgotten after a retention time or beyond a count.</summary>
public sealed class SettledRequests(TimeSpan retention, int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<CommittedRequest> _order = new();

    public int Count => _order.Count;

    public bool Contains(string requestId) => _ids.Contains(requestId);

    public void Remember(string requestId, DateTimeOffset at)
    {
        if (_ids.Add(requestId))
        {
            _order.Enqueue(new CommittedRequest(requestId, at));
        }

        Prune(at);
    }

    public void Prune(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (_order.Count > capacity || oldest.At + retention <= now))
        {
            _ids.Remove(_order.Dequeue().RequestId);
        }
    }

    public List<CommittedRequest> ToList() => [.. _order];
}
