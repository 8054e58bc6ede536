using System.Text.Json.Serialization;
using LlmActors.Budgets;

namespace LlmActors.Api.Apis;

/// <summary>The usage answer: the contract's camelCase fields plus the seed's snake_case ones (token-based).</summary>
public sealed record BudgetUsageView(
    string ProjectId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId,
    long? DailyTokenLimit,
    long UsedTokens,
    long ReservedTokens,
    long? RemainingTokens,
    double UsagePct,
    decimal? DailyCostLimitUsd,
    decimal CostUsd,
    decimal ReservedCostUsd,
    decimal? RemainingCostUsd,
    long Requests,
    string TimeZone,
    DateTimeOffset WindowStart,
    DateTimeOffset ResetsAt,
    [property: JsonPropertyName("daily_limit")] long? DailyLimit,
    [property: JsonPropertyName("used")] long Used,
    [property: JsonPropertyName("remaining")] long? Remaining,
    [property: JsonPropertyName("usage_pct")] double UsagePctSeed)
{
    public static BudgetUsageView Of(BudgetUsage u) => new(
        u.ProjectId, u.UserId, u.Limits.DailyTokenLimit, u.UsedTokens, u.ReservedTokens, u.RemainingTokens, u.UsagePct,
        u.Limits.DailyCostLimitUsd, u.CostUsd, u.ReservedCostUsd, u.RemainingCostUsd, u.Requests, u.Limits.TimeZone ?? "UTC",
        u.WindowStart, u.ResetsAt, u.Limits.DailyTokenLimit, u.UsedTokens, u.RemainingTokens, u.UsagePct);
}
