using LlmActors.Chat;
using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>
/// The catalog used when none is configured: the bundled simulator's models, priced like a cheap fast
/// tier, a mid tier, a strong slow tier and a reasoning model of real providers (per million tokens, USD; cached
/// prompt tokens at half the input price, as OpenAI bills them), each declaring what it accepts besides text.
/// </summary>
public static class DefaultCatalog
{
    public const string SimProvider = "sim";

    public static Dictionary<string, ModelOptions> Models() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["sim-small"] = Chat(ModelTier.Simple, 0.15m, 0.60m, "sim-medium"),
        ["sim-medium"] = Chat(ModelTier.Medium, 0.80m, 3.20m, "sim-small"),
        ["sim-large"] = Chat(ModelTier.Complex, 5.00m, 15.00m, "sim-medium"),
        ["sim-reason"] = Chat(null, 1.10m, 4.40m, "sim-large", [.. Multimodal, ModelCapabilities.Reasoning], cachedInput: 0.275m),
        ["sim-code"] = Chat(null, 0.20m, 0.80m, "sim-small", []),
        ["sim-embed"] = new() { Kind = ModelKind.Embedding, InputPerMillionUsd = 0.02m },
        ["sim-mod-fast"] = new() { Kind = ModelKind.Moderation, InputPerMillionUsd = 0.10m },
        ["sim-mod-strong"] = new()
        {
            Kind = ModelKind.Moderation, InputPerMillionUsd = 2.50m, OutputPerMillionUsd = 10.00m,
            Scoring = ModerationScoring.ChatJson, DefaultMaxOutputTokens = 32,
        },
    };

    public static Dictionary<string, string> Tiers() => new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(ModelTier.Simple)] = "sim-small",
        [nameof(ModelTier.Medium)] = "sim-medium",
        [nameof(ModelTier.Complex)] = "sim-large",
    };

    /// <summary>What the simulator's general chat models accept besides text; none of them reasons.</summary>
    private static readonly ModelCapabilities[] Multimodal =
        [ModelCapabilities.Tools, ModelCapabilities.Vision, ModelCapabilities.Audio, ModelCapabilities.JsonSchema, ModelCapabilities.Files];

    private static ModelOptions Chat(ModelTier? tier, decimal input, decimal output, string fallback, ModelCapabilities[]? capabilities = null, decimal? cachedInput = null) =>
        new()
        {
            Tier = tier, InputPerMillionUsd = input, OutputPerMillionUsd = output, CachedInputPerMillionUsd = cachedInput ?? input / 2,
            Fallbacks = [fallback], DefaultMaxOutputTokens = 512, Capabilities = [.. capabilities ?? Multimodal],
        };
}
