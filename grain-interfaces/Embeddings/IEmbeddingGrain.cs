namespace LlmActors.Embeddings;

/// <summary>Embeddings through the catalog, charged to the project's budget like any model call.</summary>
public interface IEmbeddingGrain : IGrainWithIntegerKey
{
    Task<EmbeddingResult> Embed(EmbeddingRequest request, CancellationToken cancellationToken = default);
}
