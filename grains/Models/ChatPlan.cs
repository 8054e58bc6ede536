namespace LlmActors.Grains.Models;

/// <summary>
/// A chat call resolved against the catalog: who pays, which models in order (those that can serve the request),
/// the estimate, and the one deadline the whole chain must answer by.
/// </summary>
public sealed record ChatPlan(
    MeteredCall Call,
    IReadOnlyList<ModelDefinition> Chain,
    int PromptTokens,
    int MaxOutputTokens,
    long EstimatedTokens,
    decimal EstimatedCostUsd,
    DateTimeOffset Deadline);
