using System.Text;
using System.Text.Json;
using LlmActors.Budgets;
using LlmActors.Grains.Spend;
using LlmActors.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LlmActors.Tests.Budgets;

[Collection(PostgresBudgetCollection.Name)]
public sealed class PostgresBudgetTests(PostgresBudgetFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task What_storage_holds_is_exactly_the_acknowledged_commits_written_in_shared_writes()
    {
        var key = "pg-" + Guid.NewGuid().ToString("N")[..10];
        var budget = fixture.Cluster.Client.GetGrain<IProjectBudgetGrain>(key);
        await budget.SetLimits(new BudgetLimits(null, 1_000m, null));

        const int callers = 64, perCaller = 10;
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, callers).Select(async caller =>
        {
            long tokens = 0;
            for (var i = 0; i < perCaller; i++)
            {
                var id = $"c{caller}-{i}";
                await budget.Commit(id, 10 + caller, 0.001m);
                await budget.Commit(id, 10 + caller, 0.001m); // a retry: acknowledged, not charged again
                tokens += 10 + caller;
            }

            return tokens;
        }));

        var (stored, writes) = (await GrainStateRows.ReadAsync(fixture.ConnectionString, "budget", key))!.Value;
        Assert.Equal(acknowledged.Sum(), stored.GetProperty("UsedTokens").GetInt64());
        Assert.Equal(callers * perCaller, stored.GetProperty("Requests").GetInt64());
        Assert.Equal(callers * perCaller * 0.001m, stored.GetProperty("CostUsd").GetDecimal());
        Assert.True(writes < callers * perCaller / 4, $"{writes} writes for {callers * perCaller} commits: commits did not share writes");

        await fixture.Cluster.DeactivateAsync(budget);
        await fixture.Cluster.WaitForDeactivationAsync(budget);
        var reloaded = await budget.GetUsage();
        Assert.Equal(acknowledged.Sum(), reloaded.UsedTokens);
        await budget.Commit("c0-0", 10, 0.001m);
        Assert.Equal(acknowledged.Sum(), (await budget.GetUsage()).UsedTokens);
    }

    [Fact]
    public async Task A_commit_the_database_did_not_take_is_refused_and_its_retry_counts_once()
    {
        var budget = fixture.Cluster.Client.GetGrain<IProjectBudgetGrain>("pg-outage-" + Guid.NewGuid().ToString("N")[..8]);
        await budget.Commit("before", 100, 0.01m);

        await ExecuteAsync("ALTER TABLE orleans_grain_state RENAME TO orleans_grain_state_away");
        try
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => budget.Commit("during", 50, 0.005m));
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE orleans_grain_state_away RENAME TO orleans_grain_state");
        }

        await budget.Commit("during", 50, 0.005m);
        await fixture.Cluster.DeactivateAsync(budget);
        await fixture.Cluster.WaitForDeactivationAsync(budget);
        var usage = await budget.GetUsage();
        Assert.Equal(150, usage.UsedTokens);
        Assert.Equal(2, usage.Requests);
    }

    [Fact]
    public async Task The_spend_log_round_trips_through_postgres_grouped_by_day_model_and_user()
    {
        var project = "spend-" + Guid.NewGuid().ToString("N")[..8];
        var day = new DateTimeOffset(2026, 4, 1, 23, 30, 0, TimeSpan.Zero);
        var records = Enumerable.Range(0, 3_000).Select(i => new SpendRecord(
            day.AddMinutes(i % 120), i % 10 == 0 ? "other-" + project : project, i % 3 == 0 ? null : $"user{i % 3}",
            i % 2 == 0 ? "sim-small" : "sim-large", "simple", 100, 10, 0.0001m, i % 5 == 0, false, 20, null, "ok")).ToList();

        await using var log = new PostgresSpendLog(fixture.ConnectionString, Options.Create(new SpendLogOptions { BatchSize = 500 }), NullLogger<PostgresSpendLog>.Instance);
        log.Start();
        records.ForEach(log.Record);
        await log.StopAsync(Ct);
        Assert.Equal(records.Count, log.Written);

        var mine = records.Where(r => r.ProjectId == project).ToList();
        foreach (var groupBy in Enum.GetValues<SpendGroupBy>())
        {
            var query = new SpendQuery(project, day.AddDays(-1), day.AddDays(2), groupBy);
            var expected = SpendGrouping.Rows(mine, query);
            var actual = await log.QueryAsync(query, Ct);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(["2026-04-01", "2026-04-02"], (await log.QueryAsync(new SpendQuery(project, day.AddDays(-1), day.AddDays(2), SpendGroupBy.Day), Ct)).Select(r => r.Key));
        var empty = await log.QueryAsync(new SpendQuery(project, day.AddDays(5), day.AddDays(6), SpendGroupBy.Model), Ct);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task The_silos_spend_log_is_readable_through_the_spend_query_grain()
    {
        var project = "silo-spend-" + Guid.NewGuid().ToString("N")[..8];
        var log = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<ISpendLog>();
        Assert.IsType<PostgresSpendLog>(log);
        var at = DateTimeOffset.UtcNow;
        log.Record(new SpendRecord(at, project, "alice", "sim-small", null, 12, 3, 0.25m, false, true, 5, 1, "ok"));
        log.Record(new SpendRecord(at, project, "alice", "sim-small", null, 8, 0, 0m, true, false, 1, null, "ok"));

        var query = new SpendQuery(project, at.AddMinutes(-1), at.AddMinutes(1), SpendGroupBy.User);
        var rows = await Eventually.Until(() => fixture.Cluster.Client.GetGrain<ISpendQueryGrain>(0).Query(query), r => r.Count == 1 && r[0].Requests == 2, Ct);
        Assert.Equal(new SpendRow("alice", 2, 20, 3, 0.25m, 1), rows[0]);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
