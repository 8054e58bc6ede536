using System.Collections.Concurrent;
using LlmActors.Grains.Budgets;

namespace LlmActors.Tests.Support;

/// <summary>Admits everything and remembers what each request reserved and was charged, so tests can see who paid.</summary>
public sealed class RecordingBudgetGate : IBudgetGate
{
    public ConcurrentDictionary<string, decimal> Reserved { get; } = new();

    public ConcurrentDictionary<string, decimal> Charged { get; } = new();

    /// <summary>Whether a request sent under this client key reserved anything: its budget ids lead with the key.</summary>
    public bool ReservedUnder(string clientKey) => Reserved.Keys.Any(id => id.StartsWith(clientKey + ":", StringComparison.Ordinal));

    /// <summary>What the requests sent under this client key were charged.</summary>
    public decimal ChargedUnder(string clientKey) =>
        Charged.Where(c => c.Key.StartsWith(clientKey + ":", StringComparison.Ordinal)).Sum(c => c.Value);

    public Task<BudgetAdmission> ReserveAsync(BudgetScope scope, string requestId, long estimatedTokens, decimal estimatedCostUsd)
    {
        Reserved[requestId] = estimatedCostUsd;
        return Task.FromResult(BudgetAdmission.Yes);
    }

    public Task CommitAsync(BudgetScope scope, string requestId, long actualTokens, decimal actualCostUsd)
    {
        Charged[requestId] = actualCostUsd;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(BudgetScope scope, string requestId) => Task.CompletedTask;
}
