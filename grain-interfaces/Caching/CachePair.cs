namespace LlmActors.Caching;

/// <summary>A labelled pair: a question whose answer is cached, a question asked later, and whether one answer is right for both.</summary>
[GenerateSerializer, Immutable, Alias("caching.pair")]
public sealed record CachePair(
    [property: Id(0)] string Cached,
    [property: Id(1)] string Asked,
    [property: Id(2)] bool Same);
