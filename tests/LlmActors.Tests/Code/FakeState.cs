using Orleans.Runtime;

namespace LlmActors.Tests.Code;

/// <summary>Grain state whose writes complete when the test says so, recording what each one wrote.</summary>
public sealed class FakeState<T> : IPersistentState<T>
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public T State { get; set; } = default!;

    public string? Etag => null;

    public bool RecordExists => Written.Count > 0;

    public List<T> Written { get; } = [];

    public int Started { get; private set; }

    public bool Fail { get; set; }

    /// <summary>Lets the write in progress finish.</summary>
    public void Complete()
    {
        var current = _next;
        _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        current.SetResult();
    }

    public async Task WriteStateAsync()
    {
        Started++;
        var state = State;
        await _next.Task;
        if (Fail)
        {
            throw new InvalidOperationException("storage down");
        }

        Written.Add(state);
    }

    public Task ClearStateAsync() => Task.CompletedTask;

    public Task ReadStateAsync() => Task.CompletedTask;
}
