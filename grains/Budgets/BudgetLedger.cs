using LlmActors.Budgets;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// The rules of one daily budget, with no I/O: every method is a synchronous check-and-change, so the grain
/// can run it in one turn. Admission counts committed usage plus open reservations against each limit; the
/// window rolls over lazily whenever the ledger is touched after its end.
/// </summary>
public sealed partial class BudgetLedger
{
    private readonly Dictionary<string, Reservation> _reservations = new(StringComparer.Ordinal);
    private readonly SettledRequests _settled;
    private readonly BudgetOptions _options;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private BudgetWindow _window;

    private BudgetLedger(BudgetOptions options)
    {
        _options = options;
        _settled = new SettledRequests(options.SettledRetention, options.MaxSettledIds, options.SettledPersistFor);
    }

    public BudgetLimits Limits { get; private set; } = BudgetLimits.None;
    public long UsedTokens { get; private set; }
    public decimal CostUsd { get; private set; }
    public long Requests { get; private set; }
    public long ReservedTokens { get; private set; }
    public decimal ReservedCostUsd { get; private set; }
    public int OpenReservations => _reservations.Count;
    public int RememberedCommits => _settled.Count;

    public BudgetDecision Reserve(string requestId, long tokens, decimal costUsd, DateTimeOffset now)
    {
        RequireAmounts(tokens, costUsd);
        Roll(now);
        if (_reservations.ContainsKey(requestId))
        {
            // The same call asking again (an internal retry): it already holds its reservation.
            return Yes;
        }

        if (_settled.Contains(requestId))
        {
            // A settled id must not admit a new call for free: that call would run the model uncharged.
            return new BudgetDecision(false, BudgetRefusal.Duplicate, TimeSpan.Zero);
        }

        var refusal = Check(tokens, costUsd);
        if (refusal != BudgetRefusal.None && ExpireReservations(now) > 0)
        {
            refusal = Check(tokens, costUsd);
        }

        if (refusal != BudgetRefusal.None)
        {
            return new BudgetDecision(false, refusal, _window.End - now);
        }

        _reservations[requestId] = new Reservation(tokens, costUsd, now + _options.ReservationTtl);
        ReservedTokens += tokens;
        ReservedCostUsd += costUsd;
        return Yes;
    }

    /// <summary>Charges actual usage to the current window; false when the request id was already committed.</summary>
    public bool Commit(string requestId, long tokens, decimal costUsd, DateTimeOffset now)
    {
        RequireAmounts(tokens, costUsd);
        Roll(now);
        if (_settled.Contains(requestId))
        {
            return false;
        }

        Release(requestId);
        UsedTokens += tokens;
        CostUsd += costUsd;
        Requests++;
        _settled.Remember(requestId, now);
        return true;
    }

    public bool Release(string requestId)
    {
        if (!_reservations.Remove(requestId, out var reservation))
        {
            return false;
        }

        ReservedTokens -= reservation.Tokens;
        ReservedCostUsd -= reservation.CostUsd;
        return true;
    }

    public int ExpireReservations(DateTimeOffset now)
    {
        var expired = _reservations.Where(r => r.Value.ExpiresAt <= now).Select(r => r.Key).ToList();
        foreach (var requestId in expired)
        {
            Release(requestId);
        }

        _settled.Prune(now);
        return expired.Count;
    }

    /// <summary>New limits apply at once; a new time zone moves the window's boundaries but keeps its usage.</summary>
    public void SetLimits(BudgetLimits limits, DateTimeOffset now)
    {
        Roll(now);
        _zone = BudgetWindow.Zone(limits.TimeZone);
        _window = BudgetWindow.Containing(now, _zone);
        Limits = limits;
    }

    public BudgetUsage Usage(string projectId, string? userId, DateTimeOffset now)
    {
        Roll(now);
        return new BudgetUsage(projectId, userId, Limits, UsedTokens, ReservedTokens, CostUsd, ReservedCostUsd, Requests, _window.Start, _window.End);
    }

    private BudgetDecision Yes =>
        Limits.DailyTokenLimit is null && Limits.DailyCostLimitUsd is null ? BudgetDecision.Unbounded : BudgetDecision.Yes;

    private BudgetRefusal Check(long tokens, decimal costUsd)
    {
        if (Limits.DailyTokenLimit is { } tokenLimit && UsedTokens + ReservedTokens + tokens > tokenLimit)
        {
            return BudgetRefusal.Tokens;
        }

        return Limits.DailyCostLimitUsd is { } costLimit && CostUsd + ReservedCostUsd + costUsd > costLimit
            ? BudgetRefusal.Cost
            : BudgetRefusal.None;
    }

    private void Roll(DateTimeOffset now)
    {
        if (now < _window.End)
        {
            return;
        }

        _window = BudgetWindow.Containing(now, _zone);
        UsedTokens = 0;
        CostUsd = 0;
        Requests = 0;
    }

    private static void RequireAmounts(long tokens, decimal costUsd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(costUsd);
    }
}
