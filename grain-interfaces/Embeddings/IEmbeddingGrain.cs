namespace LlmActors.Embeddings;

/// <summary>Embeddings through the catalog, charged to the project's budget like any model call.</summary>
public interface IEmbeddingGrain : IGrainWithIntegerKey
{
    [ResponseTimeout(LlmActors.Chat.CallTimeouts.ModelCall)]
    Task<EmbeddingResult> Embed(EmbeddingRequest request, CancellationToken cancellationToken = default);
}
