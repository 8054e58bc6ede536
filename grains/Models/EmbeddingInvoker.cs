using LlmActors.Chat;
using LlmActors.Embeddings;
using LlmActors.Grains.Budgets;
using LlmActors.Models;
using OpenAI.Embeddings;

namespace LlmActors.Grains.Models;

/// <summary>Embeddings with the same reserve → fallback → commit discipline as chat.</summary>
public sealed class EmbeddingInvoker(
    IModelCatalog catalog,
    ProviderClients clients,
    ModelResilience resilience,
    TokenCounter tokens,
    Metering metering,
    ILogger<EmbeddingInvoker> logger)
{
    public async Task<EmbeddingResult> EmbedAsync(EmbeddingRequest request, CancellationToken cancellationToken)
    {
        if (catalog.Find(request.Model) is not { Kind: ModelKind.Embedding } model)
        {
            return EmbeddingResult.Failed(new CallError(CallStatus.BadRequest, $"The model '{request.Model}' does not exist or is not an embedding model.", "model"));
        }

        var chain = catalog.Chain(model);
        var estimate = request.Inputs.Sum(tokens.Count);
        var call = new MeteredCall(new BudgetScope(request.ProjectId, request.UserId), request.RequestId, null, metering.Clock.GetTimestamp(), MeteredCall.Embeddings);
        if (await metering.ReserveAsync(call, estimate, chain.Max(m => m.Cost(estimate, 0))) is { } refused)
        {
            return EmbeddingResult.Failed(refused);
        }

        var options = new EmbeddingGenerationOptions { Dimensions = request.Dimensions };
        for (var i = 0; i < chain.Count; i++)
        {
            var deployment = chain[i];
            try
            {
                var embeddings = await resilience.ExecuteAsync(
                    deployment.Name,
                    resilience.Settings.AttemptTimeout,
                    async ct => (await clients.For(deployment.Provider).GetEmbeddingClient(deployment.ProviderModel)
                        .GenerateEmbeddingsAsync(request.Inputs, options, ct)).Value,
                    cancellationToken);
                var vectors = embeddings.OrderBy(e => e.Index).Select(e => e.ToFloats().ToArray()).ToArray();
                var usage = await metering.SettleAsync(call, deployment, embeddings.Usage?.InputTokenCount ?? estimate, 0, i > 0, null, "ok");
                return new EmbeddingResult(vectors, usage, null);
            }
            catch (Exception e) when (DeploymentFailures.IsRejection(e))
            {
                await metering.ReleaseAsync(call, deployment.Name, Metering.Rejected);
                return EmbeddingResult.Failed(new CallError(CallStatus.ProviderRejected, $"The model rejected the request: {e.Message}"));
            }
            catch (Exception e) when (DeploymentFailures.IsDeploymentFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Embedding model {Model} failed ({Reason})", deployment.Name, e.GetType().Name);
            }
        }

        await metering.ReleaseAsync(call, request.Model, "unavailable");
        return EmbeddingResult.Failed(new CallError(CallStatus.Unavailable, $"No model in the fallback chain of '{request.Model}' answered."));
    }
}
