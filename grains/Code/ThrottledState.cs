namespace LlmActors.Grains.Code;

/// <summary>
/// Writes a grain's state at most once per interval, and only when it changed: statistics change on every
/// request, and a storage round trip per keystroke would cost more than the completion it records. The
/// state written is a fresh snapshot, so the live objects may keep changing while a reentrant grain's
/// write is in progress; one write at a time, and a flush waits for the write in progress before its own
/// (deactivation must not skip changes made during a timer's write).
/// </summary>
public sealed class ThrottledState<T>(IPersistentState<T> storage, Func<T> snapshot, ILogger logger)
{
    private bool _dirty;
    private Task? _writing;

    public void Changed() => _dirty = true;

    /// <summary>Drops unwritten changes: the state was cleared and must not be written back.</summary>
    public void Discard() => _dirty = false;

    public async Task FlushAsync()
    {
        while (_writing is { } running)
        {
            await running;
            Clear(running);
        }

        if (!_dirty)
        {
            return;
        }

        _dirty = false;
        var write = WriteAsync();
        _writing = write;
        await write;
        Clear(write);
    }

    // Whichever waiter resumes first clears a finished write, and never a newer one.
    private void Clear(Task finished)
    {
        if (ReferenceEquals(_writing, finished))
        {
            _writing = null;
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            storage.State = snapshot();
            await storage.WriteStateAsync();
        }
        catch (Exception e)
        {
            // Statistics and cache entries are worth keeping, not worth failing a request for; retry next time.
            _dirty = true;
            logger.LogWarning(e, "Could not persist code completion state");
        }
    }
}
