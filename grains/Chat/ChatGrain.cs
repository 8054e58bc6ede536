using System.Runtime.CompilerServices;
using LlmActors.Chat;
using LlmActors.Grains.Models;
using Orleans.Concurrency;
using Orleans.Placement;

namespace LlmActors.Grains.Chat;

/// <summary>
/// Holds no state but the ids of the requests it is running (for <see cref="IRequestHolder"/>). Reentrant because a
/// model call lasts seconds: without interleaving, each activation would hold one request at a time. Not a stateless
/// worker: a streamed answer is an enumerator living in one activation, and a stateless worker's follow-up calls may
/// reach another of its activations, which knows nothing of it (EnumerationAbortedException mid-stream). Callers
/// spread load over many keys instead.
/// </summary>
[Reentrant]
[CollectionAgeLimit(Minutes = 3)] // worker ids rotate (the API's WorkerKeys): a retired id's activation goes soon
[PreferLocalPlacement] // on the gateway silo the API host sent it to: no extra hop between silos for the call itself
public sealed class ChatGrain(ChatInvoker invoker, ChatStreamer streamer) : Grain, IChatGrain
{
    private readonly RunningRequests _running = new();

    public async Task<ChatResult> Complete(ChatRequest request, CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        return await invoker.CompleteAsync(request, tier: null, cancellationToken);
    }

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        await foreach (var item in streamer.StreamAsync(request, tier: null, cancellationToken))
        {
            yield return item.ForClient();
        }
    }

    public Task<string[]> Missing(string[] requestIds) => Task.FromResult(_running.Missing(requestIds));
}
