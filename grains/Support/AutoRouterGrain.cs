using System.Runtime.CompilerServices;
using LlmActors.Chat;
using LlmActors.Grains.Chat;
using LlmActors.Support;
using Orleans.Concurrency;
using Orleans.Placement;

namespace LlmActors.Grains.Support;

/// <summary>
/// Keeps nothing between calls. Reentrant: requests without a conversation id must not queue behind each
/// other's model calls. Not a stateless worker, for the reason <see cref="Chat.ChatGrain"/> gives: a stream's
/// enumerator must be found again by the calls that read it.
/// </summary>
[Reentrant]
[CollectionAgeLimit(Minutes = 3)] // worker ids rotate (the API's WorkerKeys): a retired id's activation goes soon
[PreferLocalPlacement] // on the gateway silo the API host sent it to: no extra hop between silos for the call itself
public sealed class AutoRouterGrain(SupportPipeline pipeline) : Grain, IAutoRouterGrain
{
    private readonly RunningRequests _running = new();

    public async Task<SupportReply> Complete(ChatRequest request, CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        return await pipeline.CompleteAsync(request, UserTurns.CacheNamespace(request), cancellationToken);
    }

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        await foreach (var item in pipeline.StreamAsync(request, UserTurns.CacheNamespace(request), cancellationToken))
        {
            yield return item.ForClient();
        }
    }

    public Task<string[]> Missing(string[] requestIds) => Task.FromResult(_running.Missing(requestIds));
}
