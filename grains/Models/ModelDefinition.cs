using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>A resolved catalog entry.</summary>
public sealed record ModelDefinition(
    string Name,
    ModelKind Kind,
    ModelTier? Tier,
    string Provider,
    string ProviderModel,
    decimal InputPerMillionUsd,
    decimal OutputPerMillionUsd,
    IReadOnlyList<string> Fallbacks,
    int DefaultMaxOutputTokens,
    ModerationScoring Scoring)
{
    public decimal Cost(long promptTokens, long completionTokens) =>
        (promptTokens * InputPerMillionUsd + completionTokens * OutputPerMillionUsd) / 1_000_000m;

    public ModelInfo ToInfo() =>
        new(Name, Kind, Tier, InputPerMillionUsd, OutputPerMillionUsd, [.. Fallbacks], Provider);
}
