namespace LlmActors.Grains.Support;

/// <summary>Whether a turn's answer may be cached and served to others, and why.</summary>
public sealed record Cacheability(bool Cacheable, string Reason)
{
    public static readonly Cacheability Yes = new(true, "first turn, no personal or order-specific details");
}
