namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Turns text into a unit-length vector so that cosine similarity is a plain dot product. The local hashing
/// embedder is the default; a provider's <c>/v1/embeddings</c> can replace it by configuration.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the embedder and its settings; vectors from embedders with different ids are never compared.</summary>
    string Id { get; }

    int Dimensions { get; }

    /// <summary>An L2-normalised vector of <see cref="Dimensions"/> floats (all zeros for text with no features).</summary>
    ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken = default);
}
