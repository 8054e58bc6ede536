using Microsoft.Extensions.Logging;
using Npgsql;

namespace LlmActors.Silo.Schema;

/// <summary>
/// Applies the embedded <c>silo/Schema/*.sql</c> files in file-name order. Runs under a PostgreSQL advisory lock so
/// silos starting together against an empty database take turns; a file is (re)applied when it is new or its
/// content changed, so the files themselves must be idempotent (IF NOT EXISTS, ON CONFLICT DO UPDATE).
/// </summary>
public sealed class SchemaMigrator(string connectionString, ILogger logger)
{
    // Any constant works; it only has to be the same for every silo (advisory locks are per database).
    private const long LockKey = 0x4C4C_4D41_5343_484D;

    private const string HistoryTable = """
        CREATE TABLE IF NOT EXISTS llmactors_schema_history (
            file_name  text PRIMARY KEY,
            checksum   text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    /// <summary>Applies new or changed files (every file when <paramref name="reapplyAll"/>); returns the names applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<SchemaScript> scripts, bool reapplyAll = false, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, HistoryTable, cancellationToken);
            var applied = await AppliedChecksumsAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var script in scripts)
            {
                if (!reapplyAll && applied.GetValueOrDefault(script.Name) == script.Checksum)
                {
                    continue;
                }

                await ApplyAsync(connection, script, cancellationToken);
                done.Add(script.Name);
                logger.LogInformation("Applied schema file {File}", script.Name);
            }

            return done;
        }
        finally
        {
            // Closing the connection would release the lock too; unlocking keeps pooled connections clean.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        // One transaction per file: a failing file leaves no half-applied schema and no history row.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, script.Sql, cancellationToken);
        await using var record = new NpgsqlCommand(
            """
            INSERT INTO llmactors_schema_history (file_name, checksum) VALUES (@name, @checksum)
            ON CONFLICT (file_name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()
            """, connection);
        record.Parameters.AddWithValue("name", script.Name);
        record.Parameters.AddWithValue("checksum", script.Checksum);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, string>> AppliedChecksumsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT file_name, checksum FROM llmactors_schema_history", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
