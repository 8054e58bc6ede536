using LlmActors.Grains.Budgets;

namespace LlmActors.Grains.Models;

/// <summary>Who pays for a call, under which request id (for idempotency), and when it started.</summary>
public sealed record MeteredCall(BudgetScope Scope, string RequestId, string? Tier, long StartedAt);
