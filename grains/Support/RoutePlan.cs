using LlmActors.Caching;

namespace LlmActors.Grains.Support;

/// <summary>What the pipeline decided before any model call: tier and model, cacheability, and the cache's answer.</summary>
public sealed record RoutePlan(
    string Question,
    Classification Classification,
    string Model,
    Cacheability Cacheability,
    CacheQuery? Query,
    CacheLookup Lookup,
    long StartedAt)
{
    public string Tier => Classification.Tier.ToString().ToLowerInvariant();

    /// <summary><c>hit</c>, <c>miss</c> (looked up, not found) or <c>bypass</c> (not cacheable, not looked up).</summary>
    public string Cache => Lookup.IsHit ? "hit" : Query is null ? "bypass" : "miss";

    public string Reason => $"{Classification.Reason}; cache {Cache}: " + (Lookup.Kind switch
    {
        CacheMatchKind.Exact => $"same question as '{Lookup.MatchedQuestion}'",
        CacheMatchKind.Semantic => FormattableString.Invariant($"{Lookup.Similarity:0.00} similar to '{Lookup.MatchedQuestion}'"),
        _ when Query is null => Cacheability.Reason,
        _ => "no cached answer close enough",
    });
}
