using LlmActors.Budgets;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// What a budget persists: limits, the current window's committed usage, and recently committed request ids.
/// Reservations are deliberately not persisted: writing on every reserve would double the writes for no
/// gain in safety. If a silo dies its in-flight reservations are forgotten, so the new activation may admit
/// up to the limit again while those calls are still running: overspend is bounded by the reservations in
/// flight at the crash, and their commits are still counted when they arrive.
/// </summary>
[GenerateSerializer, Alias("budget.state")]
public sealed class BudgetState
{
    [Id(0)] public BudgetLimits Limits { get; set; } = BudgetLimits.None;
    [Id(1)] public DateTimeOffset WindowStart { get; set; }
    [Id(2)] public long UsedTokens { get; set; }
    [Id(3)] public decimal CostUsd { get; set; }
    [Id(4)] public long Requests { get; set; }
    [Id(5)] public List<CommittedBatch> Committed { get; set; } = [];
}
