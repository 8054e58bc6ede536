namespace LlmActors.Support;

/// <summary>How capable a model a message needs; each tier maps to a model of the catalog.</summary>
[GenerateSerializer, Alias("support.tier")]
public enum Tier
{
    Simple = 0,
    Medium = 1,
    Complex = 2,
}
