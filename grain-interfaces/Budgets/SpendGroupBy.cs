namespace LlmActors.Budgets;

[GenerateSerializer, Alias("spend.group-by")]
public enum SpendGroupBy
{
    Day = 0,
    Model = 1,
    User = 2,
}
