using LlmActors.Budgets;

namespace LlmActors.Grains.Budgets;

/// <summary>A reservation's outcome; a refusal says which rule refused and when the window resets.</summary>
public sealed record BudgetAdmission(bool Admitted, TimeSpan RetryAfter, string? Reason, BudgetRefusal Refusal = BudgetRefusal.None)
{
    public static readonly BudgetAdmission Yes = new(true, TimeSpan.Zero, null);
}
