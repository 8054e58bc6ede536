using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Support;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Support;

/// <summary>
/// Non-reentrant on purpose: it holds a turn for the seconds of its model call so that one conversation's
/// turns are answered in order. The cache grain is only called before and after that call, never held by it.
/// </summary>
public sealed class ConversationRouterGrain(
    [PersistentState("conversation", StorageNames.Conversations)] IPersistentState<ConversationState> state,
    SupportPipeline pipeline,
    IOptions<SupportOptions> options) : Grain, IConversationRouterGrain
{
    private string ProjectId => this.GetPrimaryKeyString().Split('/')[0];

    private string ConversationId => this.GetPrimaryKeyString().Split('/', 2)[1];

    public async Task<SupportReply> Send(SupportTurn turn)
    {
        // A retried request gets the answer it already had instead of a second turn. Retries are recognised by the
        // client's key: the budget id is new on every execution. (The API's idempotency layer answers most retries
        // before they get here; this covers one whose key was released after the turn was recorded, e.g. a lost reply.)
        var retryKey = turn.ClientKey ?? turn.RequestId;
        if (retryKey == state.State.LastRequestId && state.State.LastReply is { } earlier)
        {
            return earlier;
        }

        ChatMessage[] messages = [new("system", options.Value.SystemPrompt), .. state.State.Messages, new("user", turn.Message)];
        var request = new ChatRequest(ProjectId, turn.UserId, turn.RequestId, "auto", messages, new ChatSampling(options.Value.MaxOutputTokens));
        var reply = await pipeline.CompleteAsync(request, CacheKeys.SupportNamespace, CancellationToken.None);
        if (reply.Error is null)
        {
            await RecordAsync(retryKey, turn.Message, reply);
        }

        return reply;
    }

    public async Task<SupportReply> Complete(ChatRequest request)
    {
        var reply = await pipeline.CompleteAsync(request, UserTurns.CacheNamespace(request.Messages), CancellationToken.None);
        if (reply.Error is null)
        {
            await RecordAsync(request.RequestId, UserTurns.Last(request.Messages).Question, reply);
        }

        return reply;
    }

    public async IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        ChatStreamItem? head = null;
        await foreach (var item in pipeline.StreamAsync(request, UserTurns.CacheNamespace(request.Messages), cancellationToken))
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
        s.LastReply = reply with { Body = null };
        await state.WriteStateAsync();
    }
}
