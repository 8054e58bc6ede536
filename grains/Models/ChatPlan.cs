namespace LlmActors.Grains.Models;

/// <summary>A chat call resolved against the catalog: who pays, which deployments in order, and the estimate.</summary>
public sealed record ChatPlan(
    MeteredCall Call,
    IReadOnlyList<ModelDefinition> Chain,
    int PromptTokens,
    int MaxOutputTokens,
    long EstimatedTokens,
    decimal EstimatedCostUsd);
