using System.Runtime.CompilerServices;
using LlmActors.Chat;
using LlmActors.Support;
using Orleans.Concurrency;

namespace LlmActors.Grains.Support;

/// <summary>
/// Keeps nothing between calls, so a reentrant stateless worker: requests without a conversation id must not
/// queue behind each other's model calls.
/// </summary>
// One activation per silo and id: a stream's later batches must reach the activation that holds its enumerator.
[StatelessWorker(1)]
[Reentrant]
public sealed class AutoRouterGrain(SupportPipeline pipeline) : Grain, IAutoRouterGrain
{
    public Task<SupportReply> Complete(ChatRequest request) =>
        pipeline.CompleteAsync(request, UserTurns.CacheNamespace(request.Messages), CancellationToken.None);

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in pipeline.StreamAsync(request, UserTurns.CacheNamespace(request.Messages), cancellationToken))
        {
            yield return item;
        }
    }
}
