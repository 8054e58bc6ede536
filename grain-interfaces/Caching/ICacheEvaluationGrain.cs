namespace LlmActors.Caching;

/// <summary>Scores labelled question pairs with a project's cache settings, without touching its cache (key 0; stateless).</summary>
public interface ICacheEvaluationGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// For each pair, whether the project's cache, holding only <see cref="CachePair.Cached"/>'s answer, would serve it
    /// for <see cref="CachePair.Asked"/> at the project's threshold and at each of <paramref name="thresholds"/>. Embedding
    /// calls of a metered embedder are charged to the project.
    /// </summary>
    Task<CacheEvaluation> Evaluate(string projectId, CachePair[] pairs, float[] thresholds, CancellationToken cancellationToken = default);
}
