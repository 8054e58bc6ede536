using System.Text;

namespace LlmActors.Grains.Code;

/// <summary>
/// One model call for one context, shared by everyone waiting for that context (a prefetch and the request
/// that joins it, or twin requests). Touched only from its grain's turns, so it needs no locks. Its text
/// grows as the model streams; <see cref="Changed"/> pulses on each delta and <see cref="Done"/> completes
/// once, when it ends for whatever reason.
/// </summary>
public sealed class CompletionFlight(CodeContext context, string defaultModel)
{
    // After the last waiter's deadline the call is cancelled by that waiter; this is the backstop for a
    // prefetch nobody joined, or a waiter that went away.
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _cancelAt = DateTimeOffset.MinValue;

    public CodeContext Context { get; } = context;

    public CancellationToken Token => _cancellation.Token;

    public string Model { get; private set; } = defaultModel;

    public int Length => _text.Length;

    public string Text => _text.ToString();

    public FlightEnd? End { get; private set; }

    public int Waiters { get; private set; }

    public Task Done => _done.Task;

    /// <summary>Completes at the next delta or at the end; take it before reading the text so no delta is missed.</summary>
    public Task Changed => _changed.Task;

    public string TextFrom(int start) => _text.ToString(start, _text.Length - start);

    public void Append(string delta, string? model)
    {
        if (End is not null || delta.Length == 0)
        {
            return;
        }

        // Answers are kept with '\n' breaks, like the context; the file's own endings are restored on the way out.
        _text.Append(delta.Replace("\r", "", StringComparison.Ordinal));
        if (_text.Length > 0 && model is not null)
        {
            Model = model;
        }

        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    public void Finish(FlightEnd end)
    {
        if (End is not null)
        {
            return;
        }

        End = end;
        _done.TrySetResult();
        _changed.TrySetResult();
    }

    /// <summary>Ends the flight for its waiters at once and cancels the model call behind it.</summary>
    public void Cancel(FlightEnd why)
    {
        Finish(why);
        if (!_cancellation.IsCancellationRequested)
        {
            // Tearing down the HTTP stream runs in the token's callbacks; keep that off the turn that is about
            // to answer the client. The token itself is cancelled at once.
            _ = _cancellation.CancelAsync();
        }
    }

    /// <summary>A waiter whose deadline is <paramref name="timeout"/> from now; null timeout = none.</summary>
    public void AddWaiter(TimeSpan? timeout, TimeProvider clock)
    {
        Waiters++;
        Bound(timeout, clock);
    }

    public void RemoveWaiter() => Waiters--;

    /// <summary>Makes sure the model call is cancelled shortly after <paramref name="timeout"/> from now at the latest.</summary>
    public void Bound(TimeSpan? timeout, TimeProvider clock)
    {
        if (timeout is not { } limit || _cancellation.IsCancellationRequested)
        {
            return;
        }

        var cancelAt = clock.GetUtcNow() + limit + Grace;
        if (cancelAt > _cancelAt)
        {
            _cancelAt = cancelAt;
            _cancellation.CancelAfter(limit + Grace);
        }
    }
}
