using System.Collections.Concurrent;

namespace LlmActors.Bench.Scenarios.Support;

/// <summary>Plays conversations against the gateway, several at once, each conversation's turns in order.</summary>
public static class ReplayRun
{
    public static async Task<IReadOnlyList<ReplayTurn>> PlayAsync(
        IReadOnlyList<ReplayConversation> conversations, int concurrency, Func<ReplayConversation, int, Task<ReplayTurn>> send)
    {
        var turns = new ConcurrentBag<ReplayTurn>();
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < conversations.Count)
            {
                for (var turn = 0; turn < conversations[i].Messages.Count; turn++)
                {
                    turns.Add(await send(conversations[i], turn));
                }
            }
        });
        await Task.WhenAll(workers);
        return [.. turns];
    }
}
