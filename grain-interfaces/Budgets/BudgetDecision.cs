namespace LlmActors.Budgets;

/// <summary>A reservation's outcome; a refusal names the limit and how long until the window resets.</summary>
[GenerateSerializer, Immutable, Alias("budget.decision")]
public sealed record BudgetDecision(
    [property: Id(0)] bool Admitted,
    [property: Id(1)] BudgetRefusal Refusal,
    [property: Id(2)] TimeSpan RetryAfter)
{
    public static readonly BudgetDecision Yes = new(true, BudgetRefusal.None, TimeSpan.Zero);
}
