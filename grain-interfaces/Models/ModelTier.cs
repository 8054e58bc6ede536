namespace LlmActors.Models;

/// <summary>Routing tiers, cheapest first.</summary>
[GenerateSerializer, Alias("models.tier")]
public enum ModelTier
{
    Simple = 0,
    Medium = 1,
    Complex = 2,
}
