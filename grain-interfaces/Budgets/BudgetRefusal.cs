namespace LlmActors.Budgets;

/// <summary>Which limit (or rule) refused a reservation.</summary>
[GenerateSerializer, Alias("budget.refusal")]
public enum BudgetRefusal
{
    None = 0,
    Tokens = 1,
    Cost = 2,
    /// <summary>The request id was already charged: each execution needs its own id, so a reused one is never free.</summary>
    Duplicate = 3,
}
