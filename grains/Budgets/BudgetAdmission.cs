namespace LlmActors.Grains.Budgets;

/// <summary>A reservation's outcome; a refusal says when the window resets.</summary>
public sealed record BudgetAdmission(bool Admitted, TimeSpan RetryAfter, string? Reason)
{
    public static readonly BudgetAdmission Yes = new(true, TimeSpan.Zero, null);
}
