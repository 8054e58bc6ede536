using LlmActors.Grains.Code;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmActors.Tests.Code;

public sealed class ThrottledStateTests
{
    private int _version;

    private ThrottledState<int> Create(FakeState<int> storage) => new(storage, () => _version, NullLogger.Instance);

    [Fact]
    public async Task Nothing_changed_writes_nothing()
    {
        var storage = new FakeState<int>();

        await Create(storage).FlushAsync();

        Assert.Equal(0, storage.Started);
    }

    [Fact]
    public async Task A_flush_during_a_write_waits_for_it_and_then_writes_the_newer_changes()
    {
        var storage = new FakeState<int>();
        var state = Create(storage);
        _version = 1;
        state.Changed();
        var timer = state.FlushAsync();
        _version = 2;
        state.Changed();

        var deactivation = state.FlushAsync();
        Assert.False(deactivation.IsCompleted);
        Assert.Equal(1, storage.Started);
        storage.Complete();
        await timer;
        await Eventually.Until(() => Task.FromResult(storage.Started), n => n == 2, TestContext.Current.CancellationToken);
        storage.Complete();
        await deactivation;

        Assert.Equal([1, 2], storage.Written);
    }

    [Fact]
    public async Task A_failed_write_is_retried_at_the_next_flush()
    {
        var storage = new FakeState<int> { Fail = true };
        var state = Create(storage);
        _version = 7;
        state.Changed();
        var failing = state.FlushAsync();
        storage.Complete();
        await failing;

        storage.Fail = false;
        var retry = state.FlushAsync();
        storage.Complete();
        await retry;

        Assert.Equal([7], storage.Written);
        Assert.Equal(2, storage.Started);
    }
}
