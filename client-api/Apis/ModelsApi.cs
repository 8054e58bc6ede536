using LlmActors.Api.Auth;
using LlmActors.Models;

namespace LlmActors.Api.Apis;

/// <summary><c>GET /v1/models</c>: the catalog, plus <c>auto</c> (tiered routing).</summary>
public static class ModelsApi
{
    public const string Auto = "auto";

    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/models", List).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<Ok<ModelList>> List(ProjectCaller caller, IClusterClient cluster)
    {
        var models = await cluster.GetGrain<ICatalogGrain>(0).List();
        var entries = models.Select(m => new ModelEntry(m.Name, "model", 0, "llmactors", m.Kind.ToString().ToLowerInvariant(), m.Tier?.ToString().ToLowerInvariant(),
                m.InputPerMillionUsd, m.OutputPerMillionUsd, m.Fallbacks))
            .Prepend(new ModelEntry(Auto, "model", 0, "llmactors", "chat", null, null, null, []))
            .ToArray();
        return TypedResults.Ok(new ModelList("list", entries));
    }

    public sealed record ModelList(string Object, ModelEntry[] Data);

    /// <summary>OpenAI's model object (<c>id, object, created, owned_by</c>) plus the catalog's facts.</summary>
    public sealed record ModelEntry(
        string Id, string Object, long Created,
        [property: System.Text.Json.Serialization.JsonPropertyName("owned_by")] string OwnedBy,
        string Kind, string? Tier, decimal? InputPerMillionUsd, decimal? OutputPerMillionUsd, string[] Fallbacks);
}
