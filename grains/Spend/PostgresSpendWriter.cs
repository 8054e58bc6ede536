using Npgsql;
using NpgsqlTypes;

namespace LlmActors.Grains.Spend;

/// <summary>Appends a batch with one binary COPY: the cheapest way to land many rows in one round trip.</summary>
public static class PostgresSpendWriter
{
    private const string Copy =
        $"COPY {SpendLogSchema.Table} (at, project_id, user_id, model, tier, prompt_tokens, completion_tokens, cost_usd, " +
        "cache_hit, fallback, latency_ms, ttft_ms, outcome, endpoint) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(NpgsqlDataSource dataSource, IReadOnlyList<SpendRecord> batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var r in batch)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(r.Time.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(r.ProjectId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(importer, r.UserId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(r.Model, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(importer, r.Tier, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(r.PromptTokens, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(r.CompletionTokens, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(r.CostUsd, NpgsqlDbType.Numeric, cancellationToken);
            await importer.WriteAsync(r.CacheHit, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(r.Fallback, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(r.LatencyMs, NpgsqlDbType.Double, cancellationToken);
            await WriteNullable(importer, r.TtftMs, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(r.Outcome, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(importer, r.Endpoint, NpgsqlDbType.Text, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
