namespace LlmActors.Grains.Spend;

/// <summary>Append-only log of model calls; appends are buffered and written in batches.</summary>
public interface ISpendLog
{
    void Record(SpendRecord record);
}
