using LlmActors.Budgets;
using Orleans.Concurrency;

namespace LlmActors.Grains.Spend;

/// <summary>Stateless: any silo can answer from the shared spend table, so reports scale out and never queue behind each other.</summary>
[StatelessWorker]
public sealed class SpendQueryGrain(ISpendStore store) : Grain, ISpendQueryGrain
{
    public async Task<IReadOnlyList<SpendRow>> Query(SpendQuery query)
    {
        try
        {
            return await store.QueryAsync(query, CancellationToken.None);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new StoreUnavailableException($"The spend log could not be read: {e.Message}");
        }
    }
}
