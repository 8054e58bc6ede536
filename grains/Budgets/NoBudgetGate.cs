namespace LlmActors.Grains.Budgets;

/// <summary>Interim gate that admits everything, registered only until the budget grains land.</summary>
internal sealed class NoBudgetGate : IBudgetGate
{
    public Task<BudgetAdmission> ReserveAsync(BudgetScope scope, string requestId, long estimatedTokens, decimal estimatedCostUsd) =>
        Task.FromResult(BudgetAdmission.Yes);

    public Task CommitAsync(BudgetScope scope, string requestId, long actualTokens, decimal actualCostUsd) => Task.CompletedTask;

    public Task ReleaseAsync(BudgetScope scope, string requestId) => Task.CompletedTask;
}
