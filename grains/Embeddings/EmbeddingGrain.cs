using LlmActors.Embeddings;
using LlmActors.Grains.Models;
using Orleans.Concurrency;

namespace LlmActors.Grains.Embeddings;

/// <summary>Stateless and reentrant for the same reason as the chat grain: calls wait on the network.</summary>
[StatelessWorker]
[Reentrant]
[CollectionAgeLimit(Minutes = 3)] // worker ids rotate (the API's WorkerKeys): a retired id's activation goes soon
public sealed class EmbeddingGrain(EmbeddingInvoker invoker) : Grain, IEmbeddingGrain
{
    public Task<EmbeddingResult> Embed(EmbeddingRequest request, CancellationToken cancellationToken) =>
        invoker.EmbedAsync(request, cancellationToken);
}
