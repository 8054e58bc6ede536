using LlmActors.Moderation;

namespace LlmActors.Grains.Models;

/// <summary>
/// One input's risk as one moderation stage saw it: <see cref="Score"/> in [0, 1], or null when no deployment
/// of the stage could score it. Cost is this input's share; latency runs from the stage's start to its answer
/// (failed attempts included).
/// </summary>
public sealed record StageScore(double? Score, CategoryScore[] Categories, decimal CostUsd, double LatencyMs, string? Model)
{
    public static StageScore Unscored(double latencyMs) => new(null, [], 0m, latencyMs, null);
}
