using System.Runtime.CompilerServices;
using System.Text;
using LlmActors.Chat;
using OpenAI.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// A streamed chat call. A deployment counts as started once its first content token arrives within the
/// first-token timeout; until then the next deployment may take over unseen. After that the stream is
/// committed to that deployment: a failure ends it with an error item (never a fake success), and what was
/// streamed so far is charged.
/// </summary>
public sealed class ChatStreamer(
    ChatInvoker planner,
    ProviderClients clients,
    ModelResilience resilience,
    TokenCounter tokens,
    Metering metering,
    ILogger<ChatStreamer> logger)
{
    /// <param name="firstTokenTimeout">
    /// How long a deployment may take to its first token before the next one takes over; null = the configured
    /// <see cref="ResilienceOptions.FirstTokenTimeout"/>. Callers with a tighter deadline (code completion) pass their own.
    /// </param>
    public async IAsyncEnumerable<ChatStreamItem> StreamAsync(
        ChatRequest request, string? tier, [EnumeratorCancellation] CancellationToken cancellationToken, TimeSpan? firstTokenTimeout = null)
    {
        if (planner.Plan(request, tier) is not { } plan)
        {
            yield return new ChatStreamItem(null, null, null, ChatInvoker.UnknownModel(request.Model));
            yield break;
        }

        if (await metering.ReserveAsync(plan.Call, plan.EstimatedTokens, plan.EstimatedCostUsd) is { } refused)
        {
            yield return new ChatStreamItem(null, null, null, refused);
            yield break;
        }

        var messages = SdkChatMapping.Messages(request.Messages);
        var options = SdkChatMapping.Options(request.Sampling, plan.MaxOutputTokens, request.UserId);
        StreamStart? start = null;
        for (var i = 0; i < plan.Chain.Count && start is null; i++)
        {
            start = await TryStartAsync(plan.Chain[i], messages, options, fallback: i > 0, firstTokenTimeout ?? resilience.Settings.FirstTokenTimeout, cancellationToken);
            if (start?.Rejected is { } rejected)
            {
                await metering.ReleaseAsync(plan.Call, plan.Chain[i].Name, "rejected");
                yield return new ChatStreamItem(null, null, null, rejected);
                yield break;
            }
        }

        if (start is null)
        {
            await metering.ReleaseAsync(plan.Call, request.Model, cancellationToken.IsCancellationRequested ? "cancelled" : "unavailable");
            yield return new ChatStreamItem(null, null, null, new CallError(CallStatus.Unavailable, $"No model in the fallback chain of '{request.Model}' started a stream."));
            yield break;
        }

        await using var stream = start;
        var ttftMs = metering.ElapsedMs(plan.Call);
        var text = new StringBuilder();
        string? finish = null;
        ChatTokenUsage? reported = null;
        foreach (var update in start.Buffered)
        {
            Absorb(update, text, ref finish, ref reported, out var delta);
            if (delta is not null)
            {
                yield return text.Length == delta.Length
                    ? new ChatStreamItem(delta, null, null, null, stream.Model.Name, stream.Fallback)
                    : ChatStreamItem.Text(delta);
            }
        }

        while (start.More)
        {
            var step = await stream.NextAsync();
            if (step.Failure is not null)
            {
                var cut = cancellationToken.IsCancellationRequested ? "cancelled" : "cut";
                logger.LogWarning("Stream from {Model} ended early ({Outcome}: {Reason})", stream.Model.Name, cut, step.Failure.GetType().Name);
                await metering.SettleAsync(plan.Call, stream.Model, plan.PromptTokens, tokens.Count(text.ToString()), stream.Fallback, ttftMs, cut);
                yield return new ChatStreamItem(null, null, null, new CallError(CallStatus.Unavailable, $"The model's stream was interrupted after it started ({cut})."));
                yield break;
            }

            if (step.Update is null)
            {
                break;
            }

            Absorb(step.Update, text, ref finish, ref reported, out var delta);
            if (delta is not null)
            {
                yield return ChatStreamItem.Text(delta);
            }
        }

        var prompt = reported?.InputTokenCount ?? plan.PromptTokens;
        var output = reported?.OutputTokenCount ?? tokens.Count(text.ToString());
        var usage = await metering.SettleAsync(plan.Call, stream.Model, prompt, output, stream.Fallback, ttftMs, "ok");
        yield return new ChatStreamItem(null, finish ?? "stop", usage, null);
    }

    private static void Absorb(StreamingChatCompletionUpdate update, StringBuilder text, ref string? finish, ref ChatTokenUsage? usage, out string? delta)
    {
        delta = null;
        foreach (var part in update.ContentUpdate)
        {
            if (!string.IsNullOrEmpty(part.Text))
            {
                delta = delta is null ? part.Text : delta + part.Text;
            }
        }

        text.Append(delta);
        finish = SdkChatMapping.FinishReason(update.FinishReason) ?? finish;
        usage = update.Usage ?? usage;
    }

    private async Task<StreamStart?> TryStartAsync(
        ModelDefinition deployment, List<OpenAI.Chat.ChatMessage> messages, ChatCompletionOptions options, bool fallback, TimeSpan firstTokenTimeout,
        CancellationToken cancellationToken)
    {
        // The stream's own lifetime: the caller's cancellation plus a bound on the whole stream. Polly's token
        // only bounds the wait for the first token.
        var life = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        life.CancelAfter(resilience.Settings.StreamTimeout);
        var start = new StreamStart(deployment, fallback, life);
        try
        {
            await resilience.ExecuteAsync(deployment.Name, firstTokenTimeout, async firstTokenDeadline =>
            {
                var enumerator = clients.For(deployment.Provider).GetChatClient(deployment.ProviderModel)
                    .CompleteChatStreamingAsync(messages, options, life.Token).GetAsyncEnumerator(life.Token);
                start.Attach(enumerator);
                await start.ReadUntilFirstTokenAsync(firstTokenDeadline);
                return true;
            }, cancellationToken);
            return start;
        }
        catch (Exception e) when (DeploymentFailures.IsRejection(e))
        {
            await start.DisposeAsync();
            return StreamStart.RejectedBy(deployment, e.Message);
        }
        catch (Exception e) when (DeploymentFailures.IsDeploymentFailure(e) || e is OperationCanceledException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Stream from {Model} did not start ({Reason})", deployment.Name, e.GetType().Name);
            }

            await start.DisposeAsync();
            return null;
        }
    }
}
