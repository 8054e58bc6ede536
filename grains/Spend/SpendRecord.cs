namespace LlmActors.Grains.Spend;

/// <summary>One model call (or cache hit) as the spend log keeps it.</summary>
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
    string Outcome);
