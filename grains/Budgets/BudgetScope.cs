namespace LlmActors.Grains.Budgets;

/// <summary>The budgets one request is charged to: its project, and its user when it names one.</summary>
public sealed record BudgetScope(string ProjectId, string? UserId);
