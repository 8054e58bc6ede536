using LlmActors.Chat;
using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>One logical model: where it runs, what it costs, what it can do, and what answers when it cannot.</summary>
public sealed class ModelOptions
{
    public ModelKind Kind { get; set; } = ModelKind.Chat;
    public ModelTier? Tier { get; set; }
    public string Provider { get; set; } = DefaultCatalog.SimProvider;

    /// <summary>The model name the provider knows; defaults to the logical name.</summary>
    public string? ProviderModel { get; set; }

    /// <summary>
    /// Several places the model runs (providers, keys, regions), with weights. Empty: one deployment on
    /// <see cref="Provider"/> / <see cref="ProviderModel"/>.
    /// </summary>
    public List<DeploymentOptions> Deployments { get; set; } = [];

    public decimal InputPerMillionUsd { get; set; }
    public decimal OutputPerMillionUsd { get; set; }

    /// <summary>Price of prompt tokens the provider serves from its prompt cache; unset = the input price.</summary>
    public decimal? CachedInputPerMillionUsd { get; set; }

    /// <summary>
    /// What the model supports beyond text (<see cref="ModelCapabilities"/> names: Tools, Vision, Audio, JsonSchema,
    /// Reasoning, Files). Unset: everything, so a gateway never refuses what the provider might accept; a model that
    /// lists its capabilities gets a 400 before any call for a request needing another, and is skipped as a fallback.
    /// </summary>
    public List<ModelCapabilities>? Capabilities { get; set; }

    /// <summary>Logical models tried in order when this one fails.</summary>
    public List<string> Fallbacks { get; set; } = [];

    /// <summary>Output cap used for the budget estimate when a request sets none.</summary>
    public int DefaultMaxOutputTokens { get; set; } = 1024;

    /// <summary>For moderation: score with the provider's moderation endpoint, or ask a chat model for JSON.</summary>
    public ModerationScoring Scoring { get; set; } = ModerationScoring.ModerationEndpoint;
}
