namespace LlmActors.Budgets;

/// <summary>Which limit refused a reservation.</summary>
[GenerateSerializer, Alias("budget.refusal")]
public enum BudgetRefusal
{
    None = 0,
    Tokens = 1,
    Cost = 2,
}
