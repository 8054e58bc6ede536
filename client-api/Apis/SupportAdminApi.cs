using System.Text.Json;
using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Caching;
using LlmActors.Models;
using LlmActors.Support;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>PUT|GET /admin/projects/{projectId}/routing</c> (the customer-service routing rules) and
/// <c>DELETE /admin/projects/{projectId}/cache</c> (purge every cached answer of the project) and
/// <c>POST /admin/projects/{projectId}/cache/evaluate</c> (labelled question pairs scored with the project's cache
/// settings and a threshold sweep, so a threshold can be checked on the project's own data before it answers anyone).
/// </summary>
public static class SupportAdminApi
{
    public static IEndpointRouteBuilder MapSupportAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/projects/{projectId}").RequireAdminKey().WithTags("Admin");
        admin.MapPut("/routing", PutRouting);
        admin.MapGet("/routing", GetRouting);
        admin.MapDelete("/cache", PurgeCache);
        admin.MapPost("/cache/evaluate", EvaluateCache);
        return app;
    }

    public static async Task<Results<Ok<RoutingRules>, JsonHttpResult<OpenAiError>>> PutRouting(string projectId, JsonElement body, IClusterClient cluster)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return BadProject();
        }

        JsonBody.RejectBrokenText(body);
        var grain = cluster.GetGrain<IRoutingRulesGrain>(projectId);
        var (rules, field, message) = RoutingRulesRequest.Parse(body, await grain.Get());
        if (rules is null)
        {
            return ApiErrors.BadRequest(message!, field);
        }

        // A tier model must be a chat model of the catalog, or every message of that tier would fail.
        var chatModels = (await cluster.GetGrain<ICatalogGrain>(0).List()).Where(m => m.Kind == ModelKind.Chat).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (tier, model) in new[] { ("simple", rules.TierModels.Simple), ("medium", rules.TierModels.Medium), ("complex", rules.TierModels.Complex) })
        {
            if (model is not null && !chatModels.Contains(model))
            {
                return ApiErrors.BadRequest($"tierModels.{tier}: '{model}' is not a chat model of the catalog; see GET /v1/models.", $"tierModels.{tier}");
            }
        }

        return TypedResults.Ok(await grain.Set(rules));
    }

    public static async Task<Results<Ok<RoutingRules>, JsonHttpResult<OpenAiError>>> GetRouting(string projectId, IClusterClient cluster) =>
        Identifiers.IsValid(projectId) ? TypedResults.Ok(await cluster.GetGrain<IRoutingRulesGrain>(projectId).Get()) : BadProject();

    public static async Task<Results<NoContent, JsonHttpResult<OpenAiError>>> PurgeCache(string projectId, IClusterClient cluster)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return BadProject();
        }

        await Task.WhenAll(cluster.GetGrain<IProjectCachesGrain>(projectId).PurgeAll(), cluster.GetGrain<IExactAnswerCacheGrain>(projectId).Purge());
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<CacheEvaluation>, JsonHttpResult<OpenAiError>>> EvaluateCache(string projectId, HttpContext context, IClusterClient cluster)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return BadProject();
        }

        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        var (pairs, thresholds) = CacheEvaluationRequest.Read(body.RootElement);
        return TypedResults.Ok(await cluster.GetGrain<ICacheEvaluationGrain>(0).Evaluate(projectId, pairs, thresholds, context.RequestAborted));
    }

    private static JsonHttpResult<OpenAiError> BadProject() =>
        ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId");
}
