namespace LlmActors.Budgets;

/// <summary>What makes limits acceptable; the API answers a violation with 400 and the grain refuses it too.</summary>
public static class BudgetLimitRules
{
    /// <summary>The first problem as the field it concerns and a message, or null when the limits are fine.</summary>
    public static (string Param, string Message)? Problem(BudgetLimits limits)
    {
        if (limits.DailyTokenLimit is < 0 or > BudgetLimits.MaxTokenLimit)
        {
            return ("dailyTokenLimit", $"dailyTokenLimit must be between 0 and {BudgetLimits.MaxTokenLimit}, or null for no limit.");
        }

        if (limits.DailyCostLimitUsd is < 0 or > BudgetLimits.MaxCostLimitUsd)
        {
            return ("dailyCostLimitUsd", $"dailyCostLimitUsd must be between 0 and {BudgetLimits.MaxCostLimitUsd}, or null for no limit.");
        }

        if (limits.TimeZone is { } zone && (zone.Length is 0 or > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)))
        {
            return ("timeZone", "timeZone must be an IANA time zone id such as 'Europe/Berlin', or null for UTC.");
        }

        return null;
    }

    public static void Require(BudgetLimits limits)
    {
        if (Problem(limits) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Param);
        }
    }
}
