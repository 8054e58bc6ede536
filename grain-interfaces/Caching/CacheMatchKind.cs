namespace LlmActors.Caching;

[GenerateSerializer, Alias("caching.match-kind")]
public enum CacheMatchKind
{
    Miss = 0,
    Exact = 1,
    Semantic = 2,
}
