using LlmActors.Grains.Budgets;

namespace LlmActors.Grains.Models;

/// <summary>
/// Who pays for a call, under which request id (for idempotency), when it started, what kind of call it is, and the
/// API it came in by (<see cref="Endpoint"/>, recorded in its spend row; unset = its operation).
/// </summary>
public sealed record MeteredCall(BudgetScope Scope, string RequestId, string? Tier, long StartedAt, string Operation = MeteredCall.Chat, string? Endpoint = null)
{
    public const string Chat = "chat";
    public const string Embeddings = "embeddings";
}
