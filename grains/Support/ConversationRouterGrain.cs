using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Grains.Chat;
using LlmActors.Grains.Quotas;
using LlmActors.Quotas;
using LlmActors.Support;
using Microsoft.Extensions.DependencyInjection;
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
/// the model call, never held by it. A conversation idle for <c>Quotas:ConversationIdleTimeout</c> is expired:
/// its history is dropped and its id starts afresh.
/// </summary>
[Reentrant]
public sealed class ConversationRouterGrain(
    [PersistentState("conversation", StorageNames.Conversations)] IPersistentState<ConversationState> state,
    SupportPipeline pipeline,
    IOptions<SupportOptions> options,
    IOptions<QuotaOptions> quotas,
    [FromKeyedServices(QuotaClock.Key)] TimeProvider clock) : Grain, IConversationRouterGrain
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly RunningRequests _running = new();
    private bool _admitted;

    private string ProjectId => this.GetPrimaryKeyString().Split('/')[0];

    private string ConversationId => this.GetPrimaryKeyString().Split('/', 2)[1];

    public async Task<SupportReply> Send(SupportTurn turn, CancellationToken cancellationToken)
    {
        using var running = _running.Add(turn.RequestId);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await BeginTurnAsync();
            // A retried request gets the answer it already had instead of a second turn. Retries are recognised by the
            // client's key: the budget id is new on every execution. (The API's idempotency layer answers most retries
            // before they get here; this covers one whose key was released after the turn was recorded, e.g. a lost reply.)
            var retryKey = turn.ClientKey ?? turn.RequestId;
            if (retryKey == state.State.LastRequestId && state.State.LastReply is { } earlier)
            {
                return earlier;
            }

            ChatMessage[] messages = [new("system", options.Value.SystemPrompt), .. state.State.Messages, new("user", turn.Message)];
            var cacheable = CacheabilityRule.Check(turn.Message, state.State.Messages.Count(m => m.Role == "user")).Cacheable;
            var request = new ChatRequest(ProjectId, turn.UserId, turn.RequestId, "auto", messages,
                new ChatSampling(options.Value.MaxOutputTokensFor(turn.Message, cacheable)));
            var reply = await pipeline.CompleteAsync(request, CacheKeys.SupportNamespace, cancellationToken);
            if (reply.Error is null)
            {
                await RecordAsync(retryKey, turn.Message, reply);
            }

            return reply;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<SupportReply> Complete(ChatRequest request, CancellationToken cancellationToken)
    {
        using var running = _running.Add(request.RequestId);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await BeginTurnAsync();
            var reply = await pipeline.CompleteAsync(request, UserTurns.CacheNamespace(request), cancellationToken);
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
        using var running = _running.Add(request.RequestId);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            await BeginTurnAsync();
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

                yield return item.ForClient();
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public Task<string[]> Missing(string[] requestIds) => Task.FromResult(_running.Missing(requestIds));

    public Task<ConversationView?> GetState() => Get();

    public Task<ConversationView?> Get() => Task.FromResult(state.State.Turns == 0 || IsExpired
        ? null
        : new ConversationView(ConversationId, state.State.Turns, [.. state.State.Messages], state.State.TotalCostUsd));

    public async Task<DateTimeOffset?> ExpireIfIdle()
    {
        // A turn under way is use: answer at once rather than wait for it (the quota grain is waiting on this answer).
        if (!_turn.Wait(0))
        {
            return clock.GetUtcNow();
        }

        try
        {
            if (state.State is { Turns: > 0, LastActiveAt: { } last } && !IsExpired)
            {
                return last;
            }

            await state.ClearStateAsync();
            _admitted = false;
            DeactivateOnIdle();
            return null;
        }
        finally
        {
            _turn.Release();
        }
    }

    private bool IsExpired => state.State.LastActiveAt is { } last && clock.GetUtcNow() - last >= quotas.Value.ConversationIdleTimeout;

    /// <summary>
    /// A conversation expired but not yet swept starts afresh; the first turn of an activation is counted against
    /// the project's limit, and a new conversation beyond it is refused (<see cref="ProjectLimitExceededException"/>).
    /// </summary>
    private async Task BeginTurnAsync()
    {
        if (IsExpired)
        {
            await state.ClearStateAsync();
        }

        if (!_admitted)
        {
            await GrainFactory.GetGrain<IProjectQuotaGrain>(ProjectId).Admit(OpenKind.Conversation, ConversationId, isNew: !state.RecordExists);
            _admitted = true;
        }
    }

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
        s.LastActiveAt = clock.GetUtcNow();
        await state.WriteStateAsync();
    }
}
