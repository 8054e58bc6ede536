namespace LlmActors.Grains.Spend;

/// <summary>
/// One model call (or cache hit) as the spend log keeps it. <see cref="Endpoint"/> is the API it came in by
/// (<c>chat.completions</c>, <c>completions</c>, <c>responses</c>, <c>messages</c>, <c>embeddings</c>, <c>moderation</c>).
/// </summary>
public sealed record SpendRecord(
    DateTimeOffset Time,
    string ProjectId,
    string? UserId,
    string Model,
    string? Tier,
    int PromptTokens,
    int CompletionTokens,
    decimal CostUsd,
    bool CacheHit,
    bool Fallback,
    double LatencyMs,
    double? TtftMs,
    string Outcome,
    string? Endpoint = null);
