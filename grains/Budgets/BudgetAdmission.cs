namespace LlmActors.Grains.Budgets;

/// <summary>A reservation's outcome; a refusal says when the window resets. Bounded: some limit applied to it.</summary>
public sealed record BudgetAdmission(bool Admitted, TimeSpan RetryAfter, string? Reason, bool Bounded = true)
{
    public static readonly BudgetAdmission Unbounded = new(true, TimeSpan.Zero, null, false);

    public static readonly BudgetAdmission Yes = new(true, TimeSpan.Zero, null);
}
