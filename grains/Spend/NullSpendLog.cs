namespace LlmActors.Grains.Spend;

/// <summary>Interim log that keeps nothing, registered only until the spend log lands.</summary>
internal sealed class NullSpendLog : ISpendLog
{
    public void Record(SpendRecord record)
    {
    }
}
