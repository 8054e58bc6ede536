namespace LlmActors.ModelSim.Catalog;

/// <summary>
/// <c>GET /v1/models</c> and <c>GET /v1/models/{model}</c>: the configured models in the OpenAI list shape, each
/// with an extra <c>llmactors_sim</c> object reporting its profile and (informational) prices.
/// </summary>
internal sealed class ModelsEndpoint(ModelSimulator simulator)
{
    /// <summary>A fixed creation time (2025-01-01): models do not change between runs.</summary>
    private const long Created = 1735689600;

    public Task ListAsync(HttpContext context) => JsonResponse.WriteAsync(context.Response, simulator.Catalog.All, static (json, models) =>
    {
        json.WriteStartObject();
        json.WriteString("object"u8, "list"u8);
        json.WriteStartArray("data"u8);
        foreach (var model in models)
        {
            Write(json, model);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public Task GetAsync(HttpContext context)
    {
        var name = context.Request.RouteValues["model"] as string ?? "";
        if (!simulator.Catalog.TryGet(name, out var model))
        {
            throw new SimError(StatusCodes.Status404NotFound, $"The model '{name}' does not exist in the simulator.", "invalid_request_error", "model", "model_not_found");
        }

        return JsonResponse.WriteAsync(context.Response, model, Write);
    }

    private static void Write(Utf8JsonWriter json, SimModel model)
    {
        var profile = model.Profile;
        json.WriteStartObject();
        json.WriteString("id"u8, model.EncodedName);
        json.WriteString("object"u8, "model"u8);
        json.WriteNumber("created"u8, Created);
        json.WriteString("owned_by"u8, "llmactors-simulator"u8);
        json.WriteStartObject("llmactors_sim"u8);
        json.WriteString("kind"u8, profile.Kind.ToString().ToLowerInvariant());
        json.WriteNumber("time_to_first_token_ms"u8, profile.TimeToFirstTokenMs);
        json.WriteNumber("tokens_per_second"u8, profile.TokensPerSecond);
        json.WriteNumber("jitter"u8, profile.Jitter);
        json.WriteNumber("slow_tail_probability"u8, profile.SlowTailProbability);
        json.WriteNumber("slow_tail_ms"u8, profile.SlowTailMs);
        json.WriteNumber("input_price_per_million"u8, profile.InputPricePerMillion);
        json.WriteNumber("output_price_per_million"u8, profile.OutputPricePerMillion);
        json.WriteNumber("moderation_noise"u8, profile.ModerationNoise);
        if (profile.Kind == ModelKind.Embedding)
        {
            json.WriteNumber("dimensions"u8, profile.Dimensions);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
