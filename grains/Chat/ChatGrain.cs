using System.Runtime.CompilerServices;
using LlmActors.Chat;
using LlmActors.Grains.Models;
using Orleans.Concurrency;

namespace LlmActors.Grains.Chat;

/// <summary>
/// Holds no state, so it is a stateless worker; and it is reentrant because a model call lasts seconds:
/// without interleaving, each activation would hold one request at a time and cap a silo's in-flight calls
/// at its activation count.
/// </summary>
// One activation per silo and id: a stream's later batches must reach the activation that holds its enumerator.
[StatelessWorker(1)]
[Reentrant]
public sealed class ChatGrain(ChatInvoker invoker, ChatStreamer streamer) : Grain, IChatGrain
{
    public Task<ChatResult> Complete(ChatRequest request, CancellationToken cancellationToken) =>
        invoker.CompleteAsync(request, tier: null, cancellationToken);

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in streamer.StreamAsync(request, tier: null, cancellationToken))
        {
            yield return item;
        }
    }
}
