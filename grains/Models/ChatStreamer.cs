using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Chat;
using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Models;

/// <summary>
/// A streamed call. A deployment counts as started once its first output arrives within the first-token timeout;
/// until then the next deployment (of the same model, then the fallbacks) may take over unseen. After that the
/// stream is committed to that deployment: a failure ends it with an error item (never a fake success).
/// <para>
/// However the stream ends — finished, cut, or abandoned by its reader while parked at a <c>yield</c> (the client
/// went away, the API host died) — it is settled in <c>finally</c>: what was streamed is charged, the rest of the
/// reservation released, the spend row written, and the provider's HTTP call cancelled.
/// </para>
/// </summary>
public sealed class ChatStreamer(
    ChatPlanner planner,
    ForwardRules rules,
    ProviderCalls calls,
    FallbackChain chain,
    ModelResilience resilience,
    TokenCounter tokens,
    Metering metering,
    ILogger<ChatStreamer> logger)
{
    /// <param name="firstTokenTimeout">
    /// How long a deployment may take to its first output before the next one takes over; null = the configured
    /// <see cref="ResilienceOptions.FirstTokenTimeout"/>. Callers with a tighter deadline (code completion) pass their own.
    /// </param>
    public async IAsyncEnumerable<ChatStreamItem> StreamAsync(
        ChatRequest request, string? tier, [EnumeratorCancellation] CancellationToken cancellationToken, TimeSpan? firstTokenTimeout = null)
    {
        var (plan, invalid) = planner.Plan(request, tier);
        if (plan is null)
        {
            yield return new ChatStreamItem(null, null, null, invalid);
            yield break;
        }

        if ((await rules.CheckAsync(request, tier, stream: true)).Refusal is { } refusal)
        {
            yield return new ChatStreamItem(null, null, null, refusal);
            yield break;
        }

        var (refused, bounded) = await metering.AdmitAsync(plan.Call, plan.EstimatedTokens, plan.EstimatedCostUsd);
        if (refused is not null)
        {
            yield return new ChatStreamItem(null, null, null, refused);
            yield break;
        }

        var cap = bounded ? plan.MaxOutputTokens : (int?)null;
        var read = new StreamRead(request.Body is not null, request.PromptShape.ClientWantsUsage);
        ProviderStream? stream = null;
        double? ttftMs = null;
        var settled = false;
        try
        {
            var outcome = await chain.RunAsync(
                plan, firstTokenTimeout ?? resilience.Settings.FirstTokenTimeout, (attempt, deadline) => StartAsync(request, attempt, cap, deadline, cancellationToken),
                cancellationToken);
            if (outcome.Value is null)
            {
                settled = true;
                CallError error;
                if (outcome.Rejection is { } rejection)
                {
                    await metering.ReleaseAsync(plan.Call, outcome.Attempt!.Model.Name, Metering.Rejected);
                    error = ProviderErrors.Rejected(rejection);
                }
                else
                {
                    await metering.ReleaseAsync(plan.Call, request.Model, cancellationToken.IsCancellationRequested ? "cancelled" : "unavailable");
                    error = ProviderErrors.Unavailable(request.Model, outcome.LastFailure);
                }

                yield return new ChatStreamItem(null, null, null, error);
                yield break;
            }

            stream = outcome.Value;
            ttftMs = metering.ElapsedMs(plan.Call);
            var model = stream.Attempt.Model;
            read.Encoder = DoorEncoders.For(stream.Route, request, model.Name);
            foreach (var chunk in stream.Buffered)
            {
                foreach (var item in read.Absorb(chunk, model, stream.Attempt.Fallback))
                {
                    yield return item;
                }
            }

            while (stream.More)
            {
                var (chunk, failure) = await stream.NextAsync();
                if (failure is not null)
                {
                    var cut = cancellationToken.IsCancellationRequested ? "cancelled" : "cut";
                    logger.LogWarning("Stream from {Deployment} ended early ({Outcome}: {Reason})", stream.Attempt.Deployment.Id, cut, failure.GetType().Name);
                    settled = true;
                    await SettleAsync(plan, stream.Attempt, read, ttftMs, cut);
                    yield return new ChatStreamItem(null, null, null, new CallError(CallStatus.Unavailable, $"The model's stream was interrupted after it started ({cut})."));
                    yield break;
                }

                if (chunk is null)
                {
                    break;
                }

                foreach (var item in read.Absorb(chunk, model, stream.Attempt.Fallback))
                {
                    yield return item;
                }
            }

            settled = true;
            var usage = await SettleAsync(plan, stream.Attempt, read, ttftMs, "ok");
            foreach (var item in read.Close(usage, model, stream.Attempt.Fallback))
            {
                yield return item;
            }

            yield return new ChatStreamItem(null, read.FinishReason ?? "stop", usage, null, Chunk: read.UsageChunk);
        }
        finally
        {
            if (!settled)
            {
                await SettleAbandonedAsync(plan, stream, read, ttftMs);
            }

            if (stream is not null)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private Task<ChatUsage> SettleAsync(ChatPlan plan, Attempt attempt, StreamRead read, double? ttftMs, string outcome)
    {
        var reported = read.Usage;
        return metering.SettleAsync(plan.Call, attempt.Model, reported?.PromptTokens ?? plan.PromptTokens,
            reported?.CompletionTokens ?? tokens.Count(read.Produced), attempt.Fallback, ttftMs, outcome,
            reported?.PromptTokensDetails?.CachedTokens ?? 0, reported?.CompletionTokensDetails?.ReasoningTokens ?? 0);
    }

    /// <summary>The reader left without reading to the end: charge what was streamed, release the rest.</summary>
    private async Task SettleAbandonedAsync(ChatPlan plan, ProviderStream? stream, StreamRead read, double? ttftMs)
    {
        try
        {
            if (stream is null)
            {
                await metering.ReleaseAsync(plan.Call, plan.Chain[0].Name, "cancelled");
            }
            else
            {
                await SettleAsync(plan, stream.Attempt, read, ttftMs, "abandoned");
            }
        }
        catch (Exception e)
        {
            // The reservation still expires on its own; the charge is what would be lost, so say so.
            logger.LogError(e, "Settling abandoned stream {RequestId} failed", plan.Call.RequestId);
        }
    }

    private async Task<ProviderStream> StartAsync(ChatRequest request, Attempt attempt, int? cap, CancellationToken firstTokenDeadline, CancellationToken cancellationToken)
    {
        // The stream's own lifetime: the caller's cancellation plus a bound on the whole stream. The attempt's
        // token (Polly's) only bounds the wait for the first output.
        var life = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        life.CancelAfter(resilience.Settings.StreamTimeout);
        var route = WireRoute.For(request.Endpoint, attempt.Deployment.Api);
        var stream = new ProviderStream(attempt, route, life);
        try
        {
            var body = UpstreamBody.Build(request, route, attempt, stream: true, cap);
            var response = await calls.SendAsync(attempt.Deployment, route.Sent, body, stream: true, life.Token).WaitAsync(firstTokenDeadline);
            stream.Attach(response, StreamDecoders.For(route, attempt.Model.Name));
            await stream.ReadUntilFirstOutputAsync(firstTokenDeadline);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What a stream has produced so far, and the items it turns the provider's chunks into: the provider's own
    /// chunks (renamed), the door's events written from Chat Completions chunks (<see cref="Encoder"/>), or text
    /// deltas for the gateway's own callers.
    /// </summary>
    private sealed class StreamRead(bool forwarded, bool clientWantsUsage)
    {
        private readonly StringBuilder _produced = new();
        private bool _first = true;

        public string Produced => _produced.ToString();
        public string? FinishReason { get; private set; }
        public AnswerUsage? Usage { get; private set; }
        public byte[]? UsageChunk { get; private set; }
        public IDoorEncoder? Encoder { get; set; }

        public IEnumerable<ChatStreamItem> Absorb(StreamChunk chunk, ModelDefinition model, bool fallback)
        {
            Usage = chunk.Head.Usage ?? Usage;
            if (chunk.IsUsageOnly)
            {
                UsageChunk = forwarded && clientWantsUsage ? JsonSplice.SetString(chunk.Data, "model"u8, model.Name) : null;
                return [];
            }

            AnswerReader.AppendOutput(chunk.Head, _produced);
            FinishReason = AnswerReader.FirstFinishReason(chunk.Head) ?? FinishReason;
            if (chunk.Native)
            {
                return [Item(null, chunk.Data, model, fallback)];
            }

            if (Encoder is { } encoder)
            {
                return [.. encoder.Chunk(chunk.Head).Select(e => Item(null, e, model, fallback))];
            }

            var delta = AnswerReader.FirstText(chunk.Head);
            if (!forwarded && string.IsNullOrEmpty(delta))
            {
                return [];
            }

            return [Item(string.IsNullOrEmpty(delta) ? null : delta, forwarded ? JsonSplice.SetString(chunk.Data, "model"u8, model.Name) : null, model, fallback)];
        }

        /// <summary>The door's closing events, written once the usage is metered.</summary>
        public IEnumerable<ChatStreamItem> Close(ChatUsage usage, ModelDefinition model, bool fallback) =>
            Encoder is { } encoder ? [.. encoder.Finish(usage, FinishReason).Select(e => Item(null, e, model, fallback))] : [];

        private ChatStreamItem Item(string? delta, byte[]? chunk, ModelDefinition model, bool fallback)
        {
            var item = new ChatStreamItem(delta, null, null, null, _first ? model.Name : null, _first && fallback, Chunk: chunk);
            _first = false;
            return item;
        }
    }
}
