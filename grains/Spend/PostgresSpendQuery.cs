using LlmActors.Budgets;
using Npgsql;

namespace LlmActors.Grains.Spend;

/// <summary>Groups one project's rows in the database; ordering matches <see cref="SpendGrouping"/>.</summary>
public static class PostgresSpendQuery
{
    public static async Task<IReadOnlyList<SpendRow>> RunAsync(NpgsqlDataSource dataSource, SpendQuery query, CancellationToken cancellationToken)
    {
        var key = query.GroupBy switch
        {
            SpendGroupBy.Model => "model",
            SpendGroupBy.User => "user_id",
            SpendGroupBy.Endpoint => "endpoint",
            _ => "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        };
        var sql = $"""
            SELECT {key} AS key, count(*), coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0),
                   coalesce(sum(cost_usd), 0), count(*) FILTER (WHERE cache_hit)
            FROM {SpendLogSchema.Table}
            WHERE project_id = @project AND at >= @from AND at < @to
            GROUP BY 1 ORDER BY {key} COLLATE "C" NULLS LAST
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("project", query.ProjectId);
        command.Parameters.AddWithValue("from", query.From.ToUniversalTime());
        command.Parameters.AddWithValue("to", query.To.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SpendRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SpendRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2),
                reader.GetInt64(3), reader.GetDecimal(4), reader.GetInt64(5)));
        }

        return rows;
    }
}
