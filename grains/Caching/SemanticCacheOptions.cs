namespace LlmActors.Grains.Caching;

/// <summary>The <c>SemanticCache</c> section: bounds of every cache grain.</summary>
public sealed class SemanticCacheOptions
{
    public const string Section = "SemanticCache";

    /// <summary>Entries per project namespace; past it the least recently used entry is evicted.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>How long an answer may be served after it was written.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Stores are written to grain storage at most this often (and on deactivation), so a busy cache costs one
    /// state write per interval instead of one per answer. A crash loses at most this much of cache fill.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
