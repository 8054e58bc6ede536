using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>One logical model: where it runs, what it costs, and what answers when it cannot.</summary>
public sealed class ModelOptions
{
    public ModelKind Kind { get; set; } = ModelKind.Chat;
    public ModelTier? Tier { get; set; }
    public string Provider { get; set; } = "sim";

    /// <summary>The model name the provider knows; defaults to the logical name.</summary>
    public string? ProviderModel { get; set; }

    public decimal InputPerMillionUsd { get; set; }
    public decimal OutputPerMillionUsd { get; set; }

    /// <summary>Logical models tried in order when this one fails.</summary>
    public List<string> Fallbacks { get; set; } = [];

    /// <summary>Output cap used for the budget estimate when a request sets none.</summary>
    public int DefaultMaxOutputTokens { get; set; } = 1024;

    /// <summary>For moderation: score with the provider's moderation endpoint, or ask a chat model for JSON.</summary>
    public ModerationScoring Scoring { get; set; } = ModerationScoring.ModerationEndpoint;
}
