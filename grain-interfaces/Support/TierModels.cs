using LlmActors.Models;

namespace LlmActors.Support;

/// <summary>The model each tier uses; a null leaves that tier to the catalog's default.</summary>
[GenerateSerializer, Immutable, Alias("support.tier-models")]
public sealed record TierModels(
    [property: Id(0)] string? Simple,
    [property: Id(1)] string? Medium,
    [property: Id(2)] string? Complex)
{
    public static readonly TierModels None = new(null, null, null);

    public string? For(ModelTier tier) => tier switch
    {
        ModelTier.Simple => Simple,
        ModelTier.Medium => Medium,
        _ => Complex,
    };
}
