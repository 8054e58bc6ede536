namespace LlmActors.Budgets;

/// <summary>Reads the spend log for the admin API, so API hosts never touch the database.</summary>
public interface ISpendQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<SpendRow>> Query(SpendQuery query);
}
