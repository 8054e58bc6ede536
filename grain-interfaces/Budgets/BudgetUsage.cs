namespace LlmActors.Budgets;

/// <summary>One budget's limits and its current window's usage (committed and reserved).</summary>
[GenerateSerializer, Immutable, Alias("budget.usage")]
public sealed record BudgetUsage(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string? UserId,
    [property: Id(2)] BudgetLimits Limits,
    [property: Id(3)] long UsedTokens,
    [property: Id(4)] long ReservedTokens,
    [property: Id(5)] decimal CostUsd,
    [property: Id(6)] decimal ReservedCostUsd,
    [property: Id(7)] long Requests,
    [property: Id(8)] DateTimeOffset WindowStart,
    [property: Id(9)] DateTimeOffset ResetsAt)
{
    /// <summary>Tokens still admissible in this window (in-flight reservations count as spent); null without a limit.</summary>
    public long? RemainingTokens => Limits.DailyTokenLimit is { } limit ? Math.Max(0, limit - UsedTokens - ReservedTokens) : null;

    public decimal? RemainingCostUsd => Limits.DailyCostLimitUsd is { } limit ? Math.Max(0, limit - CostUsd - ReservedCostUsd) : null;

    /// <summary>Committed usage as a percentage of the tighter limit (0 without limits).</summary>
    public double UsagePct => Math.Max(Pct(UsedTokens, Limits.DailyTokenLimit), Pct(CostUsd, Limits.DailyCostLimitUsd));

    private static double Pct(decimal used, decimal? limit) => limit switch
    {
        null => 0,
        0 => used > 0 ? 100 : 0,
        { } l => Math.Round((double)(used / l) * 100, 2),
    };
}
