namespace LlmActors.Caching;

/// <summary>
/// What a threshold does to the pairs: a hit serves the cached answer to a pair labelled the same question, a wrong
/// hit serves it to one labelled different, a miss asks the model. Rates are over all pairs.
/// </summary>
[GenerateSerializer, Immutable, Alias("caching.evaluation-row")]
public sealed record CacheEvaluationRow(
    [property: Id(0)] float Threshold,
    [property: Id(1)] int Hits,
    [property: Id(2)] int WrongHits,
    [property: Id(3)] int Misses,
    [property: Id(4)] double HitRate,
    [property: Id(5)] double WrongHitRate,
    [property: Id(6)] double MissRate);
