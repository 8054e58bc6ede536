namespace LlmActors.Grains.Chat;

/// <summary>The request ids a grain activation is serving, touched only from its turns (so no locks).</summary>
public sealed class RunningRequests
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public Registration Add(string requestId)
    {
        _ids[requestId] = _ids.GetValueOrDefault(requestId) + 1;
        return new Registration(this, requestId);
    }

    public string[] Missing(string[] requestIds) => [.. requestIds.Where(id => !_ids.ContainsKey(id))];

    private void Remove(string requestId)
    {
        if (_ids.TryGetValue(requestId, out var count) && count > 1)
        {
            _ids[requestId] = count - 1;
        }
        else
        {
            _ids.Remove(requestId);
        }
    }

    public readonly struct Registration(RunningRequests owner, string requestId) : IDisposable
    {
        public void Dispose() => owner.Remove(requestId);
    }
}
