namespace LlmActors.Budgets;

/// <summary>
/// The single owner of one daily budget (keys: <see cref="BudgetKeys"/>), so enforcement is exact across the
/// cluster. Every operation is idempotent by request id.
/// </summary>
public interface IProjectBudgetGrain : IGrainWithStringKey
{
    /// <summary>Holds an estimate before a model call if committed usage plus reservations plus it fits every limit.</summary>
    Task<BudgetDecision> Reserve(string requestId, long tokens, decimal costUsd);

    /// <summary>Charges the actual usage, settling the reservation; completes only once the charge is durable.</summary>
    Task Commit(string requestId, long tokens, decimal costUsd);

    /// <summary>Drops a reservation whose call failed; unknown ids are ignored.</summary>
    Task Release(string requestId);

    /// <summary>Replaces the limits (durably) and answers the usage under them.</summary>
    Task<BudgetUsage> SetLimits(BudgetLimits limits);

    Task<BudgetUsage> GetUsage();

    /// <summary>A readable view of what this grain holds; the Orleans Dashboard's grain-state page calls a method of this name.</summary>
    Task<BudgetUsage> GetState();
}
