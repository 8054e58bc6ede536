using LlmActors.Chat;
using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>A resolved catalog entry.</summary>
public sealed record ModelDefinition(
    string Name,
    ModelKind Kind,
    ModelTier? Tier,
    IReadOnlyList<Deployment> Deployments,
    decimal InputPerMillionUsd,
    decimal OutputPerMillionUsd,
    decimal CachedInputPerMillionUsd,
    IReadOnlyList<string> Fallbacks,
    int DefaultMaxOutputTokens,
    ModerationScoring Scoring,
    ModelCapabilities Capabilities)
{
    /// <summary>The first deployment's provider, for the calls that use one deployment (moderation, embeddings).</summary>
    public string Provider => Deployments[0].Provider;

    public string ProviderModel => Deployments[0].ProviderModel;

    public bool Supports(ModelCapabilities needs) => (Capabilities & needs) == needs;

    /// <summary>Reasoning tokens are part of the completion tokens and billed as output.</summary>
    public decimal Cost(long promptTokens, long completionTokens, long cachedTokens = 0)
    {
        var cached = Math.Clamp(cachedTokens, 0, promptTokens);
        return ((promptTokens - cached) * InputPerMillionUsd + cached * CachedInputPerMillionUsd + completionTokens * OutputPerMillionUsd) / 1_000_000m;
    }

    public ModelInfo ToInfo() =>
        new(Name, Kind, Tier, InputPerMillionUsd, OutputPerMillionUsd, [.. Fallbacks], Provider);
}
