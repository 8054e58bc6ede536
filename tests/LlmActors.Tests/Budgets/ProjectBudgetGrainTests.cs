using LlmActors.Budgets;
using LlmActors.Grains.Budgets;

namespace LlmActors.Tests.Budgets;

[Collection(BudgetClusterCollection.Name)]
public sealed class ProjectBudgetGrainTests(BudgetClusterFixture fixture)
{
    private static string NewProject() => "p-" + Guid.NewGuid().ToString("N")[..10];

    private IProjectBudgetGrain Budget(string key) => fixture.Grains.GetGrain<IProjectBudgetGrain>(key);

    [Fact]
    public async Task Concurrent_reserves_never_admit_past_the_limit_and_usage_is_the_sum_of_commits()
    {
        var budget = Budget(NewProject());
        await budget.SetLimits(new BudgetLimits(10_000, null, null));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(async i =>
        {
            var id = $"r{i}";
            var decision = await budget.Reserve(id, 100, 0);
            if (!decision.Admitted)
            {
                return 0;
            }

            var actual = 50 + (i % 50);
            await budget.Commit(id, actual, 0);
            return actual;
        }));

        var usage = await budget.GetUsage();
        Assert.Equal(outcomes.Sum(), usage.UsedTokens);
        Assert.InRange(outcomes.Count(o => o > 0), 100, 199);
        Assert.True(usage.UsedTokens <= 10_000);
        Assert.Equal(0, usage.ReservedTokens);
    }

    [Fact]
    public async Task Acknowledged_commits_survive_deactivation()
    {
        var key = NewProject();
        await Budget(key).SetLimits(new BudgetLimits(1_000, 5m, null));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Budget(key).Commit($"c{i}", 10, 0.01m)));

        await fixture.Cluster.DeactivateAsync(Budget(key));
        await fixture.Cluster.WaitForDeactivationAsync(Budget(key));

        var usage = await Budget(key).GetUsage();
        Assert.Equal(500, usage.UsedTokens);
        Assert.Equal(0.50m, usage.CostUsd);
        Assert.Equal(1_000, usage.Limits.DailyTokenLimit);
        await Budget(key).Commit("c7", 10, 0.01m);
        Assert.Equal(500, (await Budget(key).GetUsage()).UsedTokens);
    }

    [Fact]
    public async Task Both_the_user_and_the_project_budget_must_admit()
    {
        var project = NewProject();
        await Budget(BudgetKeys.Project(project)).SetLimits(new BudgetLimits(1_000, null, null));
        await Budget(BudgetKeys.User(project, "alice")).SetLimits(new BudgetLimits(100, null, null));
        var alice = new BudgetScope(project, "alice");

        Assert.True((await fixture.Gate.ReserveAsync(alice, "a1", 80, 0)).Admitted);
        var refused = await fixture.Gate.ReserveAsync(alice, "a2", 30, 0);
        Assert.False(refused.Admitted);
        Assert.Contains("user", refused.Reason);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);

        // The project reservation taken for the refused request was given back.
        Assert.Equal(80, (await Budget(project).GetUsage()).ReservedTokens);
        Assert.True((await fixture.Gate.ReserveAsync(new BudgetScope(project, "bob"), "b1", 910, 0)).Admitted);
        var projectRefused = await fixture.Gate.ReserveAsync(alice, "a3", 15, 0);
        Assert.False(projectRefused.Admitted);
        Assert.Contains("project", projectRefused.Reason);
        Assert.Equal(80, (await Budget(BudgetKeys.User(project, "alice")).GetUsage()).ReservedTokens);
    }

    [Fact]
    public async Task The_gate_charges_a_retried_commit_once_on_both_budgets()
    {
        var project = NewProject();
        var scope = new BudgetScope(project, "carol");
        await fixture.Gate.ReserveAsync(scope, "x", 100, 0.1m);
        await fixture.Gate.CommitAsync(scope, "x", 70, 0.07m);
        await fixture.Gate.CommitAsync(scope, "x", 70, 0.07m);

        Assert.Equal(70, (await Budget(project).GetUsage()).UsedTokens);
        Assert.Equal(0.07m, (await Budget(BudgetKeys.User(project, "carol")).GetUsage()).CostUsd);
    }

    [Fact]
    public async Task The_gate_refuses_a_new_call_under_a_request_id_already_charged()
    {
        var scope = new BudgetScope(NewProject(), "dave");
        await fixture.Gate.ReserveAsync(scope, "y", 100, 0.1m);
        await fixture.Gate.CommitAsync(scope, "y", 70, 0.07m);

        var reused = await fixture.Gate.ReserveAsync(scope, "y", 100, 0.1m);

        Assert.False(reused.Admitted);
        Assert.Equal(BudgetRefusal.Duplicate, reused.Refusal);
        Assert.Contains("already charged", reused.Reason);
        Assert.Equal(0, (await Budget(BudgetKeys.User(scope.ProjectId, "dave")).GetUsage()).ReservedTokens);
    }

    [Fact]
    public async Task A_released_reservation_frees_its_room_at_once()
    {
        var project = NewProject();
        var scope = new BudgetScope(project, null);
        await Budget(project).SetLimits(new BudgetLimits(100, null, null));
        Assert.True((await fixture.Gate.ReserveAsync(scope, "a", 100, 0)).Admitted);
        Assert.False((await fixture.Gate.ReserveAsync(scope, "b", 1, 0)).Admitted);
        await fixture.Gate.ReleaseAsync(scope, "a");
        Assert.True((await fixture.Gate.ReserveAsync(scope, "b", 1, 0)).Admitted);
    }

    [Fact]
    public async Task The_expiry_timer_drops_reservations_that_are_never_settled()
    {
        var budget = Budget(NewProject());
        await budget.SetLimits(new BudgetLimits(100, null, null));
        await budget.Reserve("lost", 60, 0);
        fixture.Clock.Advance(new BudgetOptions().ReservationTtl + TimeSpan.FromMinutes(1));

        var usage = await Eventually.Until(budget.GetUsage, u => u.ReservedTokens == 0, TestContext.Current.CancellationToken);
        Assert.Equal(0, usage.ReservedTokens);
    }

    [Fact]
    public async Task Invalid_limits_are_refused_by_the_grain_too()
    {
        var budget = Budget(NewProject());
        await Assert.ThrowsAsync<ArgumentException>(() => budget.SetLimits(new BudgetLimits(-1, null, null)));
        await Assert.ThrowsAsync<ArgumentException>(() => budget.SetLimits(new BudgetLimits(null, null, "Mars/Olympus")));
        Assert.True((await budget.GetUsage()).Limits.IsUnlimited);
    }

    [Fact]
    public async Task A_spent_budget_admits_again_after_the_daily_boundary()
    {
        var budget = Budget(NewProject());
        await budget.SetLimits(new BudgetLimits(100, null, null));
        await budget.Commit("all", 100, 0);
        var refused = await budget.Reserve("next", 1, 0);
        Assert.False(refused.Admitted);

        fixture.Clock.Advance(refused.RetryAfter);
        Assert.True((await budget.Reserve("next", 1, 0)).Admitted);
        Assert.Equal(0, (await budget.GetUsage()).UsedTokens);
    }
}
