using LlmActors.Budgets;
using LlmActors.IntegrationTests.Infrastructure;
using Npgsql;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// One hot project's budget grain on PostgreSQL with durability on (fsync, synchronous commit): closed-loop
/// reserve+commit pairs at 1, 16 and 64 callers. A pair completes only when its commit is durable, so the
/// figures show what group commit buys: commits per storage write grow with concurrency.
/// </summary>
public static class BudgetScenario
{
    private static readonly int[] Concurrencies = [1, 16, 64];

    public static async Task RunAsync(BenchOptions options)
    {
        if (options.Extra.ContainsKey("embedded"))
        {
            Console.WriteLine("# budget: one project's grain, embedded mode (in-memory storage)");
            using var embedded = await BenchSilo.StartAsync(null);
            await MeasureAsync(embedded, options, null);
            return;
        }

        var durable = !options.Extra.ContainsKey("no-fsync");
        await using var postgres = await PostgresServer.StartAsync(durable);
        var connectionString = await postgres.CreateDatabaseAsync();
        using var silo = await BenchSilo.StartAsync(connectionString);
        Console.WriteLine($"# budget: one project's grain, PostgreSQL {(durable ? "fsync on, synchronous_commit on" : "fsync OFF")}; " +
            $"{options.Duration.TotalSeconds:F0} s per level after {options.Warmup.TotalSeconds:F0} s warm-up");
        await MeasureAsync(silo, options, connectionString);
    }

    private static async Task MeasureAsync(BenchSilo silo, BenchOptions options, string? connectionString)
    {
        var budget = silo.Grains.GetGrain<IProjectBudgetGrain>("bench-hot");
        await budget.SetLimits(new BudgetLimits(BudgetLimits.MaxTokenLimit, BudgetLimits.MaxCostLimitUsd, null));
        long pairs = 0;
        foreach (var callers in Concurrencies)
        {
            var (pairsBefore, writesBefore) = (Interlocked.Read(ref pairs), await WritesAsync(connectionString));
            var result = await LoadGenerator.ClosedLoopAsync($"reserve+commit x{callers}", async _ =>
            {
                var id = "r" + Interlocked.Increment(ref pairs);
                if (!(await budget.Reserve(id, 1_000, 0.001m)).Admitted)
                {
                    return false;
                }

                await budget.Commit(id, 900, 0.0009m);
                return true;
            }, callers, options.Duration, options.Warmup);
            var writes = await WritesAsync(connectionString) - writesBefore;
            Console.WriteLine(connectionString is null ? result.ToString()
                : $"{result}  commits/write {(Interlocked.Read(ref pairs) - pairsBefore) / (double)Math.Max(1, writes):F1}");
        }

        var usage = await budget.GetUsage();
        Console.WriteLine($"usage check: {usage.Requests} commits acknowledged = {Interlocked.Read(ref pairs)} sent; " +
            $"{usage.UsedTokens} tokens = {usage.Requests} x 900: {usage.UsedTokens == usage.Requests * 900}");
    }

    /// <summary>Storage writes so far: the budget row's version counts them (not counted in memory).</summary>
    private static async Task<long> WritesAsync(string? connectionString)
    {
        if (connectionString is null)
        {
            return 0;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(version), 0) FROM orleans_grain_state WHERE state_name = 'budget'");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
