using System.Text;
using LlmActors.Caching;
using LlmActors.Chat;
using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Models;

/// <summary>
/// A whole (non-streamed) call: reserve → try each deployment and fallback under its breaker, inside the call's
/// deadline → commit what the provider reports it used. The provider's answer is passed on as it came but for
/// <c>model</c>, which names the logical model that answered. Used by every grain that needs an answer.
/// </summary>
public sealed class ChatInvoker(
    ChatPlanner planner,
    ForwardRules rules,
    ProviderCalls calls,
    FallbackChain chain,
    ModelResilience resilience,
    TokenCounter tokens,
    Metering metering)
{
    public async Task<ChatResult> CompleteAsync(ChatRequest request, string? tier, CancellationToken cancellationToken)
    {
        var (plan, invalid) = planner.Plan(request, tier);
        if (plan is null)
        {
            return ChatResult.Failed(invalid!);
        }

        var (refusal, cache) = await rules.CheckAsync(request, tier, stream: false);
        if (refusal is not null)
        {
            return ChatResult.Failed(refusal);
        }

        if (cache is not null && await cache.FindAsync() is { } kept)
        {
            return Hit(plan, kept);
        }

        var (refused, bounded) = await metering.AdmitAsync(plan.Call, plan.EstimatedTokens, plan.EstimatedCostUsd);
        if (refused is not null)
        {
            return ChatResult.Failed(refused);
        }

        var cap = bounded ? plan.MaxOutputTokens : (int?)null;
        Attempt? sent = null;
        var settled = false;
        try
        {
            var outcome = await chain.RunAsync(plan, resilience.Settings.AttemptTimeout, async (attempt, ct) =>
            {
                sent = attempt;
                var route = WireRoute.For(request.Endpoint, attempt.Deployment.Api);
                var body = UpstreamBody.Build(request, route, attempt, stream: false, cap);
                using var response = await calls.SendAsync(attempt.Deployment, route.Sent, body, stream: false, ct);
                // Read inside the attempt: an answer that cannot be read is the deployment's failure, and the next is tried.
                return WholeAnswers.Convert(route, response.Content.ToArray(), attempt.Model.Name, request);
            }, cancellationToken);

            if (outcome is { Value: { } answer, Attempt: { } answered })
            {
                var head = answer.Head;
                var usage = await SettleAsync(plan, answered, head);
                settled = true;
                var result = new ChatResult(AnswerReader.FirstText(head), AnswerReader.FirstFinishReason(head), usage, null, answer.Body);
                if (cache is not null)
                {
                    await cache.StoreAsync(new ExactAnswer(result.Body!, usage.Model, result.Content, result.FinishReason, usage.PromptTokens, usage.CompletionTokens));
                    result = result with { Usage = usage with { Cache = "miss" } };
                }

                return result;
            }

            settled = true;
            if (outcome.Rejection is { } rejection)
            {
                await metering.ReleaseAsync(plan.Call, outcome.Attempt!.Model.Name, Metering.Rejected);
                return ChatResult.Failed(ProviderErrors.Rejected(rejection));
            }

            await metering.ReleaseAsync(plan.Call, request.Model, "unavailable");
            return ChatResult.Failed(ProviderErrors.Unavailable(request.Model, outcome.LastFailure));
        }
        finally
        {
            if (!settled)
            {
                // The caller went away (or the grain is going) mid-call. The provider has the prompt and bills it.
                await SettleCancelledAsync(plan, sent);
            }
        }
    }

    /// <summary>An answer from the exact cache: nothing is reserved or charged; the spend row records the hit.</summary>
    private ChatResult Hit(ChatPlan plan, ExactAnswer kept)
    {
        metering.RecordHit(plan.Call, kept.Model);
        return new ChatResult(kept.Content, kept.FinishReason, new ChatUsage(kept.Model, 0, 0, 0m, false, plan.Call.Tier, "hit"), null, kept.Body);
    }

    private Task<ChatUsage> SettleAsync(ChatPlan plan, Attempt answered, AnswerHead head)
    {
        int output;
        if (head.Usage is { } reported)
        {
            output = reported.CompletionTokens;
        }
        else
        {
            var text = new StringBuilder();
            AnswerReader.AppendOutput(head, text);
            output = tokens.Count(text.ToString());
        }

        return metering.SettleAsync(plan.Call, answered.Model, head.Usage?.PromptTokens ?? plan.PromptTokens, output, answered.Fallback, ttftMs: null, "ok",
            head.Usage?.PromptTokensDetails?.CachedTokens ?? 0, head.Usage?.CompletionTokensDetails?.ReasoningTokens ?? 0);
    }

    private Task SettleCancelledAsync(ChatPlan plan, Attempt? sent) => sent is null
        ? metering.ReleaseAsync(plan.Call, plan.Chain[0].Name, "cancelled")
        : metering.SettleAsync(plan.Call, sent.Model, plan.PromptTokens, 0, sent.Fallback, ttftMs: null, "cancelled");
}
