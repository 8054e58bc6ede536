namespace LlmActors.Grains.Code;

/// <summary>
/// Writes a grain's state at most once per interval, and only when it changed: statistics change on every
/// request, and a storage round trip per keystroke would cost more than the completion it records. The
/// state written is a fresh snapshot, so the live objects may keep changing while a reentrant grain's
/// write is in progress; one write at a time.
/// </summary>
public sealed class ThrottledState<T>(IPersistentState<T> storage, Func<T> snapshot, ILogger logger)
{
    private bool _dirty;
    private bool _writing;

    public void Changed() => _dirty = true;

    public async Task FlushAsync()
    {
        if (!_dirty || _writing)
        {
            return;
        }

        _writing = true;
        _dirty = false;
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
        finally
        {
            _writing = false;
        }
    }
}
