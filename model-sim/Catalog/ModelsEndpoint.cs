using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Catalog;

/// <summary>
/// <c>GET /v1/models</c> and <c>GET /v1/models/{model}</c>: the configured models in the OpenAI list shape, each
/// with an extra <c>llmactors_sim</c> object reporting its profile and (informational) prices.
/// </summary>
internal sealed class ModelsEndpoint(ModelSimulator simulator)
{
    /// <summary>A fixed creation time (2025-01-01): models do not change between runs.</summary>
    private const long Created = 1735689600;

    public Task ListAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context.Response, new ModelListResult("list", simulator.Catalog.All.Select(Describe).ToList()), SimJsonContext.Default.ModelListResult);

    public Task GetAsync(HttpContext context)
    {
        var name = context.Request.RouteValues["model"] as string ?? "";
        if (!simulator.Catalog.TryGet(name, out var model))
        {
            throw new SimError(StatusCodes.Status404NotFound, $"The model '{name}' does not exist in the simulator.", "invalid_request_error", "model", "model_not_found");
        }

        return JsonResponse.WriteAsync(context.Response, Describe(model), SimJsonContext.Default.ModelResult);
    }

    private static ModelResult Describe(SimModel model)
    {
        var profile = model.Profile;
        return new ModelResult(model.Name, "model", Created, "llmactors-simulator", new SimProfileResult(
            profile.Kind.ToString().ToLowerInvariant(),
            profile.TimeToFirstTokenMs,
            profile.TokensPerSecond,
            profile.Jitter,
            profile.SlowTailProbability,
            profile.SlowTailMs,
            profile.InputPricePerMillion,
            profile.OutputPricePerMillion,
            profile.ModerationNoise,
            profile.Reasoning,
            profile.Kind == ModelKind.Embedding ? profile.Dimensions : null));
    }
}
