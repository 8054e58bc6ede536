namespace LlmActors.Budgets;

/// <summary>
/// A reservation's outcome; a refusal names the limit and how long until the window resets. <see cref="Bounded"/>
/// says whether any limit applied, so an unlimited budget does not make the gateway cap the model's output.
/// </summary>
[GenerateSerializer, Immutable, Alias("budget.decision")]
public sealed record BudgetDecision(
    [property: Id(0)] bool Admitted,
    [property: Id(1)] BudgetRefusal Refusal,
    [property: Id(2)] TimeSpan RetryAfter,
    [property: Id(3)] bool Bounded = true)
{
    public static readonly BudgetDecision Yes = new(true, BudgetRefusal.None, TimeSpan.Zero);

    public static readonly BudgetDecision Unbounded = new(true, BudgetRefusal.None, TimeSpan.Zero, Bounded: false);
}
