namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Turns text into a unit-length vector so that cosine similarity is a plain dot product. The local hashing
/// embedder is the default; a catalog embedding model (a provider's <c>/v1/embeddings</c>) replaces it when
/// <c>Embeddings:Model</c> is set.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the embedder and its settings; vectors from embedders with different ids are never compared.</summary>
    string Id { get; }

    /// <summary>
    /// An L2-normalised vector (all zeros for text with no features), or an empty one when the embedder could
    /// not answer: callers then fall back to exact matching and keywords. <paramref name="projectId"/> pays
    /// when the embedder is a metered model.
    /// </summary>
    ValueTask<float[]> EmbedAsync(string text, string projectId, CancellationToken cancellationToken = default);
}
