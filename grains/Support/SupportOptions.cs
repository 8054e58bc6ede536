using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>The <c>Support</c> section: tier models until the catalog provides them, and default thresholds.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    public string SimpleModel { get; set; } = "sim-small";

    public string MediumModel { get; set; } = "sim-medium";

    public string ComplexModel { get; set; } = "sim-large";

    /// <summary>Chosen on half of the labelled intents so that wrong hits stay at or under 2% (docs/support-cache.md).</summary>
    public float CacheThreshold { get; set; } = 0.70f;

    /// <summary>Lower than the cache threshold: sending an FAQ-like message to a cheap model costs less than a wrong cached answer.</summary>
    public float FaqSimilarity { get; set; } = 0.55f;

    public string ModelFor(Tier tier, TierModels overrides) => overrides.For(tier) ?? tier switch
    {
        Tier.Simple => SimpleModel,
        Tier.Medium => MediumModel,
        _ => ComplexModel,
    };
}
