namespace LlmActors.Grains.Budgets;

/// <summary>The calendar day containing an instant, in a time zone, as UTC instants.</summary>
public readonly record struct BudgetWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static BudgetWindow Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var localDay = TimeZoneInfo.ConvertTime(instant, zone).Date;
        return new(MidnightUtc(localDay, zone), MidnightUtc(localDay.AddDays(1), zone));
    }

    /// <summary>Limits are validated on the way in; a zone that later vanishes from the host's tz data falls back to UTC rather than break the budget.</summary>
    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Where a DST jump skips local midnight, the day starts at the first valid local time after it.</summary>
    private static DateTimeOffset MidnightUtc(DateTime localMidnight, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localMidnight, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
