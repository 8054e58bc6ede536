using System.Globalization;
using LlmActors.Budgets;

namespace LlmActors.Grains.Spend;

/// <summary>Groups records into report rows, ordered by key (ordinal, calls without a user last), as the SQL does.</summary>
public static class SpendGrouping
{
    public static IReadOnlyList<SpendRow> Rows(IEnumerable<SpendRecord> records, SpendQuery query) =>
        records
            .Where(r => r.ProjectId == query.ProjectId && r.Time >= query.From && r.Time < query.To)
            .GroupBy(r => KeyOf(r, query.GroupBy))
            .Select(g => new SpendRow(g.Key, g.LongCount(), g.Sum(r => (long)r.PromptTokens), g.Sum(r => (long)r.CompletionTokens),
                g.Sum(r => r.CostUsd), g.LongCount(r => r.CacheHit)))
            .OrderBy(r => r.Key is null)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    public static string? KeyOf(SpendRecord record, SpendGroupBy groupBy) => groupBy switch
    {
        SpendGroupBy.Model => record.Model,
        SpendGroupBy.User => record.UserId,
        SpendGroupBy.Endpoint => record.Endpoint,
        _ => record.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
