using LlmActors.Chat;
using LlmActors.Grains.Budgets;
using LlmActors.Models;
using OpenAI.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// A whole (non-streamed) chat call: reserve → try the model and then each fallback under its breaker and
/// attempt timeout → commit what the answering model used. Used by every grain that needs an answer.
/// </summary>
public sealed class ChatInvoker(
    IModelCatalog catalog,
    ProviderClients clients,
    ModelResilience resilience,
    TokenCounter tokens,
    Metering metering,
    ILogger<ChatInvoker> logger)
{
    public async Task<ChatResult> CompleteAsync(ChatRequest request, string? tier, CancellationToken cancellationToken)
    {
        if (Plan(request, tier) is not { } plan)
        {
            return ChatResult.Failed(UnknownModel(request.Model));
        }

        if (await metering.ReserveAsync(plan.Call, plan.EstimatedTokens, plan.EstimatedCostUsd) is { } refused)
        {
            return ChatResult.Failed(refused);
        }

        var messages = SdkChatMapping.Messages(request.Messages);
        var options = SdkChatMapping.Options(request.Sampling, plan.MaxOutputTokens, request.UserId);
        Exception? last = null;
        for (var i = 0; i < plan.Chain.Count; i++)
        {
            var deployment = plan.Chain[i];
            try
            {
                var completion = await resilience.ExecuteAsync(
                    deployment.Name,
                    resilience.Settings.AttemptTimeout,
                    async ct => (await clients.For(deployment.Provider).GetChatClient(deployment.ProviderModel).CompleteChatAsync(messages, options, ct)).Value,
                    cancellationToken);
                var text = string.Concat(completion.Content.Select(p => p.Text));
                var prompt = completion.Usage?.InputTokenCount ?? plan.PromptTokens;
                var output = completion.Usage?.OutputTokenCount ?? tokens.Count(text);
                var usage = await metering.SettleAsync(plan.Call, deployment, prompt, output, fallback: i > 0, ttftMs: null, "ok");
                return new ChatResult(text, SdkChatMapping.FinishReason(completion.FinishReason), usage, null);
            }
            catch (Exception e) when (DeploymentFailures.IsRejection(e))
            {
                await metering.ReleaseAsync(plan.Call, deployment.Name, "rejected");
                return ChatResult.Failed(new CallError(CallStatus.ProviderRejected, $"The model rejected the request: {e.Message}"));
            }
            catch (Exception e) when (DeploymentFailures.IsDeploymentFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Model {Model} failed ({Reason}); {Next}", deployment.Name, e.GetType().Name,
                    i + 1 < plan.Chain.Count ? $"falling back to {plan.Chain[i + 1].Name}" : "no fallback left");
                last = e;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await metering.ReleaseAsync(plan.Call, deployment.Name, "cancelled");
                throw;
            }
        }

        await metering.ReleaseAsync(plan.Call, request.Model, "unavailable");
        return ChatResult.Failed(new CallError(CallStatus.Unavailable, $"No model in the fallback chain of '{request.Model}' answered ({last?.GetType().Name})."));
    }

    /// <summary>Resolves the chain and the budget estimate; null for an unknown or non-chat model.</summary>
    public ChatPlan? Plan(ChatRequest request, string? tier)
    {
        if (catalog.Find(request.Model) is not { Kind: ModelKind.Chat } model)
        {
            return null;
        }

        var chain = catalog.Chain(model);
        var prompt = tokens.CountPrompt(request.Messages);
        var maxOutput = request.Sampling.MaxOutputTokens ?? model.DefaultMaxOutputTokens;
        // Reserve for the dearest model that might answer, so a fallback can never overshoot the estimate.
        var cost = chain.Max(m => m.Cost(prompt, maxOutput));
        var call = new MeteredCall(new BudgetScope(request.ProjectId, request.UserId), request.RequestId, tier, metering.Clock.GetTimestamp());
        return new ChatPlan(call, chain, prompt, maxOutput, prompt + maxOutput, cost);
    }

    public static CallError UnknownModel(string model) =>
        new(CallStatus.BadRequest, $"The model '{model}' does not exist or is not a chat model; see GET /v1/models.", "model");
}
