using Npgsql;

namespace LlmActors.Grains.Spend;

/// <summary>Creates the spend table from the same script the schema migrator applies (both are idempotent).</summary>
public static class SpendLogSchema
{
    public const string Table = "llmactors_spend_log";

    // Serialises concurrent first starts of several silos: CREATE ... IF NOT EXISTS alone can still race.
    private const long AdvisoryLockKey = 0x4c4c_4d41_5350_4e44;

    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey}); {Script()}", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The table and every later change to it, in order (the migrator's files, each re-runnable).</summary>
    private static string Script() => Read("spend_log.sql") + "\n" + Read("spend_log_endpoint.sql");

    private static string Read(string name)
    {
        using var stream = typeof(SpendLogSchema).Assembly.GetManifestResourceStream("LlmActors.Grains.Spend." + name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
