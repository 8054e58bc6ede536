namespace LlmActors.Grains.Keys;

/// <summary>The <c>Keys</c> section: the per-key request-rate limit, held by the key's single grain across all API hosts.</summary>
public sealed class KeyOptions
{
    public const string Section = "Keys";

    /// <summary>Sustained requests per second per key; 0 turns the limit off.</summary>
    public int RateLimitPerSecond { get; set; }

    /// <summary>Requests a key may make at once above the sustained rate; defaults to one second's worth.</summary>
    public int RateLimitBurst { get; set; }
}
