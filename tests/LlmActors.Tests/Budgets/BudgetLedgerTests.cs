using LlmActors.Budgets;
using LlmActors.Grains.Budgets;
using Microsoft.Extensions.Time.Testing;

namespace LlmActors.Tests.Budgets;

public sealed class BudgetLedgerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 22, 0, 0, TimeSpan.Zero));
    private readonly BudgetOptions _options = new() { ReservationTtl = TimeSpan.FromMinutes(5), SettledRetention = TimeSpan.FromMinutes(10) };

    private DateTimeOffset Now => _clock.GetUtcNow();

    private BudgetLedger Ledger(long? tokens = null, decimal? cost = null, string? zone = null)
    {
        var ledger = BudgetLedger.Restore(new BudgetState(), _options, Now);
        ledger.SetLimits(new BudgetLimits(tokens, cost, zone), Now);
        return ledger;
    }

    [Fact]
    public void Reservations_count_against_the_limit_until_committed_or_released()
    {
        var ledger = Ledger(tokens: 100);
        Assert.True(ledger.Reserve("a", 60, 0, Now).Admitted);
        var refused = ledger.Reserve("b", 60, 0, Now);
        Assert.False(refused.Admitted);
        Assert.Equal(BudgetRefusal.Tokens, refused.Refusal);

        ledger.Release("a");
        Assert.True(ledger.Reserve("b", 60, 0, Now).Admitted);
        ledger.Commit("b", 30, 0, Now);
        Assert.Equal(30, ledger.UsedTokens);
        Assert.Equal(0, ledger.ReservedTokens);
        Assert.True(ledger.Reserve("c", 70, 0, Now).Admitted);
        Assert.False(ledger.Reserve("d", 1, 0, Now).Admitted);
    }

    [Fact]
    public void A_retried_reserve_or_commit_counts_once()
    {
        var ledger = Ledger(tokens: 100);
        Assert.True(ledger.Reserve("a", 50, 0, Now).Admitted);
        Assert.True(ledger.Reserve("a", 50, 0, Now).Admitted);
        Assert.Equal(50, ledger.ReservedTokens);

        Assert.True(ledger.Commit("a", 40, 0.4m, Now));
        Assert.False(ledger.Commit("a", 40, 0.4m, Now));
        Assert.Equal(40, ledger.UsedTokens);
        Assert.Equal(0.4m, ledger.CostUsd);
        Assert.Equal(1, ledger.Requests);
        Assert.Equal(0, ledger.ReservedTokens);
    }

    [Fact]
    public void A_reserve_under_an_id_already_charged_is_refused_not_admitted_for_free()
    {
        var ledger = Ledger(tokens: 1_000);
        ledger.Reserve("a", 50, 0, Now);
        ledger.Commit("a", 40, 0.4m, Now);

        var reused = ledger.Reserve("a", 50, 0, Now);

        Assert.False(reused.Admitted);
        Assert.Equal(BudgetRefusal.Duplicate, reused.Refusal);
        Assert.Equal(0, ledger.ReservedTokens);
        var restored = BudgetLedger.Restore(ledger.Snapshot(), _options, Now);
        Assert.Equal(BudgetRefusal.Duplicate, restored.Reserve("a", 50, 0, Now).Refusal);
    }

    [Fact]
    public void Committed_ids_survive_a_restore_so_a_retry_after_failover_is_not_charged()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Commit("a", 40, 0, Now);

        var restored = BudgetLedger.Restore(ledger.Snapshot(), _options, Now);
        Assert.False(restored.Commit("a", 40, 0, Now));
        Assert.Equal(40, restored.UsedTokens);
    }

    [Fact]
    public void The_commits_of_the_persisted_horizon_before_the_newest_are_remembered_after_a_restore()
    {
        _options.SettledPersistFor = TimeSpan.FromSeconds(5);
        var ledger = Ledger();
        for (var i = 0; i < 50; i++)
        {
            ledger.Commit($"req-{i}", 1, 0, Now);
            _clock.Advance(TimeSpan.FromMilliseconds(300));
        }

        // The last commit was at 14.7 s: every id from its second back 5 s (9.x s on, ids 30..49) is in the write,
        // whatever second it fell in; those are the commits whose acknowledgement a crash could have lost.
        var restored = BudgetLedger.Restore(ledger.Snapshot(), _options, Now);
        Assert.Equal(20, restored.RememberedCommits);
        Assert.All(Enumerable.Range(30, 20), i => Assert.False(restored.Commit($"req-{i}", 1, 0, Now)));
        Assert.Equal(50, restored.UsedTokens);
        // The live ledger still remembers every one of them for its full retention.
        Assert.All(Enumerable.Range(0, 50), i => Assert.False(ledger.Commit($"req-{i}", 1, 0, Now)));
    }

    [Fact]
    public void A_write_reuses_the_persisted_form_of_seconds_that_did_not_change()
    {
        var ledger = Ledger();
        for (var i = 0; i < 30; i++)
        {
            ledger.Commit($"req-{i}", 1, 0, Now);
            _clock.Advance(TimeSpan.FromMilliseconds(250));
        }

        var first = ledger.Snapshot().Committed;
        ledger.Commit("one-more", 1, 0, Now);
        var second = ledger.Snapshot().Committed;

        // Only the newest second is rebuilt: a hot budget's group commit does not re-encode its history each time.
        Assert.Equal(first.Count, second.Count);
        Assert.All(Enumerable.Range(0, first.Count - 1), i => Assert.Same(first[i], second[i]));
        Assert.NotSame(first[^1], second[^1]);
        Assert.Equal(first[^1].Hashes.Length + sizeof(ulong), second[^1].Hashes.Length);
    }

    [Fact]
    public void The_usd_limit_refuses_independently_of_tokens()
    {
        var ledger = Ledger(tokens: 1_000_000, cost: 1.00m);
        Assert.True(ledger.Reserve("a", 10, 0.60m, Now).Admitted);
        var refused = ledger.Reserve("b", 10, 0.50m, Now);
        Assert.False(refused.Admitted);
        Assert.Equal(BudgetRefusal.Cost, refused.Refusal);
        ledger.Commit("a", 10, 0.30m, Now);
        Assert.True(ledger.Reserve("b", 10, 0.50m, Now).Admitted);
    }

    [Fact]
    public void The_window_resets_at_utc_midnight_without_any_job()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Commit("a", 100, 1m, Now);
        var refused = ledger.Reserve("b", 1, 0, Now);
        Assert.False(refused.Admitted);
        Assert.Equal(TimeSpan.FromHours(2), refused.RetryAfter);

        _clock.Advance(TimeSpan.FromHours(2));
        var usage = ledger.Usage("p", null, Now);
        Assert.Equal(0, usage.UsedTokens);
        Assert.Equal(0m, usage.CostUsd);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 0, 0, TimeSpan.Zero), usage.WindowStart);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero), usage.ResetsAt);
        Assert.True(ledger.Reserve("b", 100, 0, Now).Admitted);
    }

    [Fact]
    public void A_project_time_zone_moves_the_boundary()
    {
        // 22:00 UTC on 10 March is 18:00 in New York (EDT from 8 March): the day ends at 04:00 UTC.
        var ledger = Ledger(tokens: 100, zone: "America/New_York");
        ledger.Commit("a", 100, 0, Now);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 4, 0, 0, TimeSpan.Zero), ledger.Usage("p", null, Now).ResetsAt);

        _clock.Advance(TimeSpan.FromHours(5)); // 03:00 UTC: a new UTC day, but still the 10th in New York
        Assert.Equal(100, ledger.Usage("p", null, Now).UsedTokens);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, ledger.Usage("p", null, Now).UsedTokens);
    }

    [Fact]
    public void A_restored_budget_past_its_window_starts_empty()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Commit("a", 70, 0, Now);
        var snapshot = ledger.Snapshot();

        _clock.Advance(TimeSpan.FromDays(1));
        var restored = BudgetLedger.Restore(snapshot, _options, Now);
        Assert.Equal(0, restored.UsedTokens);
        Assert.Equal(100, restored.Limits.DailyTokenLimit);
    }

    [Fact]
    public void Reservations_never_settled_expire()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Reserve("lost", 100, 0, Now);
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, ledger.ExpireReservations(Now));
        Assert.False(ledger.Reserve("b", 10, 0, Now).Admitted);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, ledger.ExpireReservations(Now));
        Assert.Equal(0, ledger.ReservedTokens);
        Assert.Equal(0, ledger.OpenReservations);
    }

    [Fact]
    public void A_refused_reserve_first_drops_expired_reservations()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Reserve("lost", 100, 0, Now);
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(ledger.Reserve("b", 10, 0, Now).Admitted);
    }

    [Fact]
    public void A_commit_after_its_reservation_expired_is_still_charged()
    {
        var ledger = Ledger(tokens: 100);
        ledger.Reserve("slow", 50, 0, Now);
        _clock.Advance(TimeSpan.FromMinutes(6));
        ledger.ExpireReservations(Now);
        Assert.True(ledger.Commit("slow", 45, 0, Now));
        Assert.Equal(45, ledger.UsedTokens);
        Assert.Equal(0, ledger.ReservedTokens);
    }

    [Fact]
    public void Committed_ids_are_forgotten_after_the_retention_or_beyond_the_cap()
    {
        _options.MaxSettledIds = 3;
        var ledger = Ledger();
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            ledger.Commit(id, 1, 0, Now);
        }

        Assert.Equal(3, ledger.RememberedCommits);
        Assert.True(ledger.Commit("a", 1, 0, Now));
        Assert.False(ledger.Commit("d", 1, 0, Now));

        _clock.Advance(TimeSpan.FromMinutes(11));
        ledger.ExpireReservations(Now);
        Assert.Empty(ledger.Snapshot().Committed);
        Assert.True(ledger.Commit("d", 1, 0, Now));
    }

    [Fact]
    public void Without_limits_everything_is_admitted_and_still_counted()
    {
        var ledger = Ledger();
        Assert.True(ledger.Reserve("a", long.MaxValue / 4, 1_000_000m, Now).Admitted);
        ledger.Commit("a", 500, 2m, Now);
        var usage = ledger.Usage("p", null, Now);
        Assert.Equal(500, usage.UsedTokens);
        Assert.Null(usage.RemainingTokens);
        Assert.Equal(0, usage.UsagePct);
    }

    [Fact]
    public void Negative_amounts_are_refused()
    {
        var ledger = Ledger(tokens: 100);
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Reserve("a", -1, 0, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Commit("a", 1, -0.1m, Now));
        Assert.Equal(0, ledger.UsedTokens);
    }
}
