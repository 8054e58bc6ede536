namespace LlmActors.Grains.Budgets;

/// <summary>
/// Shares one storage write among every change made while the previous write was in flight, and completes
/// each waiter only after a write that started after its change has succeeded. Not thread-safe: it lives on
/// one grain's scheduler, whose turns never run in parallel.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private TaskCompletionSource? _next;
    private bool _writing;
    private long _changes;
    private long _durableChanges;

    public long Writes { get; private set; }

    /// <summary>Call right after a change that must be durable; completes once it is.</summary>
    public Task ChangedAsync()
    {
        _changes++;
        return NextWrite();
    }

    /// <summary>Completes once every change made so far is durable (at once if it already is).</summary>
    public Task DurableAsync() => _durableChanges == _changes ? Task.CompletedTask : NextWrite();

    private Task NextWrite()
    {
        var next = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writing)
        {
            _ = WriteLoopAsync();
        }

        return next.Task;
    }

    private async Task WriteLoopAsync()
    {
        _writing = true;
        try
        {
            while (_next is { } batch)
            {
                _next = null;
                var upTo = _changes;
                try
                {
                    await write();
                    Writes++;
                    _durableChanges = Math.Max(_durableChanges, upTo);
                    batch.SetResult();
                }
                catch (Exception e)
                {
                    batch.SetException(e);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
