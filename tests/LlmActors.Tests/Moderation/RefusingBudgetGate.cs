using LlmActors.Grains.Budgets;

namespace LlmActors.Tests.Moderation;

/// <summary>A budget that refuses every reservation and remembers what it was asked for.</summary>
internal sealed class RefusingBudgetGate : IBudgetGate
{
    public static readonly TimeSpan ResetsIn = TimeSpan.FromMinutes(42);

    public List<(long Tokens, decimal CostUsd)> Reservations { get; } = [];
    public int Commits { get; private set; }

    public Task<BudgetAdmission> ReserveAsync(BudgetScope scope, string requestId, long estimatedTokens, decimal estimatedCostUsd)
    {
        Reservations.Add((estimatedTokens, estimatedCostUsd));
        return Task.FromResult(new BudgetAdmission(false, ResetsIn, "The project's daily cost budget would be exceeded by this request."));
    }

    public Task CommitAsync(BudgetScope scope, string requestId, long actualTokens, decimal actualCostUsd)
    {
        Commits++;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(BudgetScope scope, string requestId) => Task.CompletedTask;
}
