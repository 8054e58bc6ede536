namespace LlmActors.Grains.Budgets;

/// <summary>The ledger to and from its persisted form (see <see cref="BudgetState"/> for what is kept and why).</summary>
public sealed partial class BudgetLedger
{
    public static BudgetLedger Restore(BudgetState state, BudgetOptions options, DateTimeOffset now)
    {
        var ledger = new BudgetLedger(options)
        {
            Limits = state.Limits,
            UsedTokens = state.UsedTokens,
            CostUsd = state.CostUsd,
            Requests = state.Requests,
        };
        ledger._zone = BudgetWindow.Zone(state.Limits.TimeZone);
        ledger._window = BudgetWindow.Containing(state.WindowStart == default ? now : state.WindowStart, ledger._zone);
        ledger._settled.Restore(state.Committed);
        ledger._settled.Prune(now);
        ledger.Roll(now);
        return ledger;
    }

    /// <summary>A fresh object each time: storage may serialize it off the grain's thread while the ledger moves on.</summary>
    public BudgetState Snapshot() => new()
    {
        Limits = Limits,
        WindowStart = _window.Start,
        UsedTokens = UsedTokens,
        CostUsd = CostUsd,
        Requests = Requests,
        Committed = _settled.ToBatches(),
    };
}
