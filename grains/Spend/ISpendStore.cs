using LlmActors.Budgets;

namespace LlmActors.Grains.Spend;

/// <summary>The read side of the spend log.</summary>
public interface ISpendStore
{
    Task<IReadOnlyList<SpendRow>> QueryAsync(SpendQuery query, CancellationToken cancellationToken);
}
