using LlmActors.Grains.Budgets;

namespace LlmActors.Grains.Models;

/// <summary>Who pays for a call, under which request id (for idempotency), when it started, and what kind of call it is.</summary>
public sealed record MeteredCall(BudgetScope Scope, string RequestId, string? Tier, long StartedAt, string Operation = MeteredCall.Chat)
{
    public const string Chat = "chat";
    public const string Embeddings = "embeddings";
}
