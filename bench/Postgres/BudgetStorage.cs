using Npgsql;
using Orleans.Hosting;

namespace LlmActors.Bench.Postgres;

/// <summary>Budget grain storage on PostgreSQL for the benchmark and tests (interim schema: see grain_storage.sql).</summary>
public static class BudgetStorage
{
    public const string StateTable = "bench_grain_state";

    public static async Task CreateSchemaAsync(string connectionString)
    {
        using var stream = typeof(BudgetStorage).Assembly.GetManifestResourceStream("LlmActors.Bench.Postgres.grain_storage.sql")
            ?? throw new InvalidOperationException("grain_storage.sql is not embedded");
        using var reader = new StreamReader(stream);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(await reader.ReadToEndAsync());
        await command.ExecuteNonQueryAsync();
    }

    public static ISiloBuilder AddPostgresBudgetStorage(this ISiloBuilder silo, string connectionString) =>
        silo.AddAdoNetGrainStorage(LlmActors.Grains.StorageNames.Budgets, o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
}
