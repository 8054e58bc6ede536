using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Support;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LlmActors.Grains.Support;

/// <summary>
/// One turn at a time, streamed or not. Non-reentrancy alone does not give that: Orleans runs the calls that
/// read a streamed method's items interleaved, so a streamed turn ran beside a whole one, built on the same
/// history, and their two state writes raced on one ETag. So the grain is reentrant and a turn holds an explicit
/// gate from its first read of the history to its state write (a stream until its last item, or until its
/// consumer goes away and the iterator is disposed, which runs its <c>finally</c>); waiters get it in arrival
/// order. Reads take no gate: they see the last written turn. The cache grain is only called before and after
/// the model call, never held by it.
/// </summary>
[Reentrant]
public sealed class ConversationRouterGrain(
    [PersistentState("conversation", StorageNames.Conversations)] IPersistentState<ConversationState> state,
    SupportPipeline pipeline,
    IOptions<SupportOptions> options) : Grain, IConversationRouterGrain
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    private string ProjectId => this.GetPrimaryKeyString().Split('/')[0];

    private string ConversationId => this.GetPrimaryKeyString().Split('/', 2)[1];

    public async Task<SupportReply> Send(SupportTurn turn)
    {
        await _turn.WaitAsync();
        try
        {
            // A retried request gets the answer it already had instead of a second turn.
            if (turn.RequestId == state.State.LastRequestId && state.State.LastReply is { } earlier)
            {
                return earlier;
            }

            ChatMessage[] messages = [new("system", options.Value.SystemPrompt), .. state.State.Messages, new("user", turn.Message)];
            var request = new ChatRequest(ProjectId, turn.UserId, turn.RequestId, "auto", messages, new ChatSampling(options.Value.MaxOutputTokens));
            var reply = await pipeline.CompleteAsync(request, CacheKeys.SupportNamespace, CancellationToken.None);
            if (reply.Error is null)
            {
                await RecordAsync(turn.RequestId, turn.Message, reply);
            }

            return reply;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<SupportReply> Complete(ChatRequest request)
    {
        await _turn.WaitAsync();
        try
        {
            var reply = await pipeline.CompleteAsync(request, UserTurns.CacheNamespace(request), CancellationToken.None);
            if (reply.Error is null)
            {
                await RecordAsync(request.RequestId, UserTurns.Last(request.Messages).Question, reply);
            }

            return reply;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var text = new StringBuilder();
            ChatStreamItem? head = null;
            await foreach (var item in pipeline.StreamAsync(request, UserTurns.CacheNamespace(request), cancellationToken))
            {
                head ??= item;
                text.Append(item.Delta);
                if (item.Usage is { } usage)
                {
                    var reply = new SupportReply(text.ToString(), usage.Model, head.Tier ?? "", head.Cache ?? "bypass", usage.PromptTokens,
                        usage.CompletionTokens, usage.CostUsd, 0, usage.Fallback, "", item.FinishReason);
                    await RecordAsync(request.RequestId, UserTurns.Last(request.Messages).Question, reply);
                }

                yield return item;
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public Task<ConversationView?> GetState() => Get();

    public Task<ConversationView?> Get() => Task.FromResult(state.State.Turns == 0
        ? null
        : new ConversationView(ConversationId, state.State.Turns, [.. state.State.Messages], state.State.TotalCostUsd));

    private async Task RecordAsync(string requestId, string question, SupportReply reply)
    {
        var s = state.State;
        s.Messages.Add(new ChatMessage("user", question));
        s.Messages.Add(new ChatMessage("assistant", reply.Reply));
        var excess = s.Messages.Count - options.Value.MaxHistoryMessages;
        if (excess > 0)
        {
            s.Messages.RemoveRange(0, excess);
        }

        s.Turns++;
        s.TotalCostUsd += reply.CostUsd;
        s.LastRequestId = requestId;
        s.LastReply = reply;
        await state.WriteStateAsync();
    }
}
