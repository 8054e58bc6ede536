using LlmActors.Grains.Budgets;

namespace LlmActors.Tests.Budgets;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Changes_made_during_a_write_share_the_next_write_and_wait_for_it()
    {
        var writes = new System.Collections.Concurrent.ConcurrentQueue<TaskCompletionSource>();
        var commit = new GroupCommit(() =>
        {
            var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            writes.Enqueue(write);
            return write.Task;
        });

        var first = commit.ChangedAsync();
        var second = commit.ChangedAsync();
        var third = commit.ChangedAsync();
        Assert.Single(writes);

        writes.ElementAt(0).SetResult();
        await first;
        // The second write starts on the first one's continuation; wait for it with a deadline.
        Assert.True(SpinWait.SpinUntil(() => writes.Count == 2, TimeSpan.FromSeconds(5)));
        Assert.False(second.IsCompleted);

        writes.ElementAt(1).SetResult();
        await Task.WhenAll(second, third);
        Assert.Equal(2, commit.Writes);
        Assert.True(commit.DurableAsync().IsCompleted);
    }

    [Fact]
    public async Task A_failed_write_fails_its_waiters_and_a_later_retry_waits_for_a_good_write()
    {
        var fail = true;
        var commit = new GroupCommit(() => fail ? Task.FromException(new InvalidOperationException("db down")) : Task.CompletedTask);

        await Assert.ThrowsAsync<InvalidOperationException>(commit.ChangedAsync);
        var retry = commit.DurableAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => retry);

        fail = false;
        await commit.DurableAsync();
        Assert.True(commit.DurableAsync().IsCompleted);
    }
}
