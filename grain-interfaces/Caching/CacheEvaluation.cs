namespace LlmActors.Caching;

/// <summary>
/// Labelled pairs scored with a project's cache as it answers today (its embedder, FAQ intents and threshold):
/// the outcome at the project's threshold and at each threshold of the sweep.
/// </summary>
[GenerateSerializer, Immutable, Alias("caching.evaluation")]
public sealed record CacheEvaluation(
    [property: Id(0)] string EmbedderId,
    [property: Id(1)] int Intents,
    [property: Id(2)] int Pairs,
    [property: Id(3)] int SamePairs,
    [property: Id(4)] CacheEvaluationRow AtThreshold,
    [property: Id(5)] CacheEvaluationRow[] Sweep);
