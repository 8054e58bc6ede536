namespace LlmActors.Budgets;

/// <summary>
/// A budget's daily limits; a null limit is no limit. The window is the calendar day in
/// <see cref="TimeZone"/> (an IANA id; null is UTC).
/// </summary>
[GenerateSerializer, Immutable, Alias("budget.limits")]
public sealed record BudgetLimits(
    [property: Id(0)] long? DailyTokenLimit,
    [property: Id(1)] decimal? DailyCostLimitUsd,
    [property: Id(2)] string? TimeZone)
{
    /// <summary>Larger limits are refused as input mistakes rather than silently accepted.</summary>
    public const long MaxTokenLimit = 1_000_000_000_000_000;

    public const decimal MaxCostLimitUsd = 1_000_000_000m;

    /// <summary>
    /// A new instance each time, never a shared one: Orleans fills a deserialized state's existing field values
    /// in place, so a shared default would be overwritten by whatever budget was read last.
    /// </summary>
    public static BudgetLimits None => new(null, null, null);

    public bool IsUnlimited => DailyTokenLimit is null && DailyCostLimitUsd is null;
}
