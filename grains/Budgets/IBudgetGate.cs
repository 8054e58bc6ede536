namespace LlmActors.Grains.Budgets;

/// <summary>
/// What every model-calling path uses to stay inside budgets: reserve an estimate on the project budget
/// (and the user's, when the request names one) before the call, commit the actual usage after it, or
/// release on failure. Implementations are idempotent by request id.
/// </summary>
public interface IBudgetGate
{
    Task<BudgetAdmission> ReserveAsync(BudgetScope scope, string requestId, long estimatedTokens, decimal estimatedCostUsd);

    /// <summary>Completes only once the usage is durable.</summary>
    Task CommitAsync(BudgetScope scope, string requestId, long actualTokens, decimal actualCostUsd);

    Task ReleaseAsync(BudgetScope scope, string requestId);
}
