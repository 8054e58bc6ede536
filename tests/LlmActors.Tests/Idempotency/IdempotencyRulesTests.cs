using LlmActors.Grains.Idempotency;
using LlmActors.Idempotency;

namespace LlmActors.Tests.Idempotency;

public sealed class IdempotencyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly IdempotencyOptions Options = new();
    private static readonly StoredAnswer Answer = new(200, [new StoredHeader("Content-Type", "application/json")], "{}"u8.ToArray());

    [Fact]
    public void A_running_key_is_in_use_for_the_same_request_and_reused_for_another()
    {
        var (run, running) = IdempotencyRules.Begin(IdempotencyState.Free, "a", Now, Options);

        Assert.Equal(IdempotencyOutcome.Run, run.Outcome);
        Assert.Equal(IdempotencyOutcome.InUse, IdempotencyRules.Begin(running!, "a", Now, Options).Claim.Outcome);
        Assert.Equal(IdempotencyOutcome.KeyReused, IdempotencyRules.Begin(running!, "b", Now, Options).Claim.Outcome);
        Assert.Null(IdempotencyRules.Begin(running!, "a", Now, Options).Next);
    }

    [Fact]
    public void A_finished_key_replays_or_says_why_not_until_the_window_ends()
    {
        var (run, running) = IdempotencyRules.Begin(IdempotencyState.Free, "a", Now, Options);
        var stored = IdempotencyRules.Complete(running!, run.Attempt, Answer, null, Now, Options)!;
        var streamed = IdempotencyRules.Complete(running!, run.Attempt, null, "streamed", Now, Options)!;

        Assert.Same(Answer, IdempotencyRules.Begin(stored, "a", Now, Options).Claim.Answer);
        Assert.Equal(IdempotencyOutcome.KeyReused, IdempotencyRules.Begin(stored, "b", Now, Options).Claim.Outcome);
        var unavailable = IdempotencyRules.Begin(streamed, "a", Now, Options).Claim;
        Assert.Equal((IdempotencyOutcome.ReplayUnavailable, "streamed"), (unavailable.Outcome, unavailable.Reason));
        Assert.Equal(IdempotencyOutcome.Run, IdempotencyRules.Begin(stored, "b", Now + Options.Window, Options).Claim.Outcome);
    }

    [Fact]
    public void A_released_key_runs_again_and_a_late_outcome_of_an_overtaken_attempt_changes_nothing()
    {
        var (first, running) = IdempotencyRules.Begin(IdempotencyState.Free, "a", Now, Options);
        Assert.Equal(IdempotencyPhase.Free, IdempotencyRules.Release(running!, first.Attempt)!.Phase);

        var later = Now + Options.InFlightTimeout;
        var (second, retried) = IdempotencyRules.Begin(running!, "a", later, Options);

        Assert.Equal(IdempotencyOutcome.Run, second.Outcome);
        Assert.Null(IdempotencyRules.Complete(retried!, first.Attempt, Answer, null, later, Options));
        Assert.Null(IdempotencyRules.Release(retried!, first.Attempt));
        Assert.NotNull(IdempotencyRules.Complete(retried!, second.Attempt, Answer, null, later, Options));
    }
}
