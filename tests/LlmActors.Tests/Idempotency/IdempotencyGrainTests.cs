using LlmActors.Grains.Idempotency;
using LlmActors.Idempotency;
using LlmActors.Tests.Budgets;

namespace LlmActors.Tests.Idempotency;

/// <summary>The key's grain on a silo with the test clock: what it keeps is persisted, and forgotten after the window.</summary>
[Collection(BudgetClusterCollection.Name)]
public sealed class IdempotencyGrainTests(BudgetClusterFixture fixture)
{
    private IIdempotencyGrain NewKey() => fixture.Grains.IdempotencyKey("p-" + Guid.NewGuid().ToString("N")[..10], "k1");

    private async Task ReloadAsync(IIdempotencyGrain key)
    {
        await fixture.Cluster.DeactivateAsync(key);
        await fixture.Cluster.WaitForDeactivationAsync(key);
    }

    [Fact]
    public async Task A_stored_answer_survives_a_reload_and_is_forgotten_after_the_window()
    {
        var key = NewKey();
        var run = await key.Begin("fp");
        var answer = new StoredAnswer(200, [new StoredHeader("Content-Type", "application/json")], "{\"ok\":true}"u8.ToArray());
        await key.Complete(run.Attempt, answer);
        await ReloadAsync(key);

        var replay = await key.Begin("fp");
        fixture.Clock.Advance(new IdempotencyOptions().Window);
        var afterWindow = await key.Begin("another request");

        Assert.Equal(IdempotencyOutcome.Replay, replay.Outcome);
        Assert.Equal((200, "Content-Type"), (replay.Answer!.Status, replay.Answer.Headers.Single().Name));
        Assert.Equal(answer.Body, replay.Answer.Body);
        Assert.Equal(IdempotencyOutcome.Run, afterWindow.Outcome);
    }

    [Fact]
    public async Task A_running_request_still_holds_its_key_after_a_reload()
    {
        var key = NewKey();
        var run = await key.Begin("fp");
        await ReloadAsync(key);

        Assert.Equal(IdempotencyOutcome.InUse, (await key.Begin("fp")).Outcome);
        await key.Release(run.Attempt);
        await ReloadAsync(key);
        Assert.Equal(IdempotencyOutcome.Run, (await key.Begin("fp")).Outcome);
    }
}
