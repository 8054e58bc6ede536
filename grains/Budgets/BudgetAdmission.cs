using LlmActors.Budgets;

namespace LlmActors.Grains.Budgets;

/// <summary>
/// A reservation's outcome; a refusal says which rule refused and when the window resets. Bounded: some limit
/// applied to it (so the gateway caps the model's output at what it reserved for).
/// </summary>
public sealed record BudgetAdmission(bool Admitted, TimeSpan RetryAfter, string? Reason, BudgetRefusal Refusal = BudgetRefusal.None, bool Bounded = true)
{
    public static readonly BudgetAdmission Unbounded = new(true, TimeSpan.Zero, null, Bounded: false);

    public static readonly BudgetAdmission Yes = new(true, TimeSpan.Zero, null);
}
