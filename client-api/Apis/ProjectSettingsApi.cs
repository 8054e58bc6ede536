using LlmActors.Api.Apis.Projects;
using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Projects;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>GET|PUT /admin/projects/{projectId}/settings</c>: strictParams (refuse fields OpenAI does not define) and the
/// exact-answer cache (on by default for the project's forwarded chat completions, and its time to live). Silos read
/// settings through a cache of a few seconds, so a change applies everywhere within that.
/// </summary>
public static class ProjectSettingsApi
{
    public const int MaxBodyBytes = 4 * 1024;

    public static IEndpointRouteBuilder MapProjectSettingsApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/projects/{projectId}").RequireAdminKey().WithTags("Admin");
        admin.MapGet("/settings", Get);
        admin.MapPut("/settings", Put);
        return app;
    }

    public static async Task<Results<Ok<ProjectSettingsView>, JsonHttpResult<OpenAiError>>> Get(string projectId, IClusterClient cluster) =>
        Identifiers.IsValid(projectId) ? TypedResults.Ok(View(await cluster.GetGrain<IProjectSettingsGrain>(projectId).Get())) : BadProject();

    public static async Task<Results<Ok<ProjectSettingsView>, JsonHttpResult<OpenAiError>>> Put(string projectId, HttpContext context, IClusterClient cluster)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return BadProject();
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return ApiErrors.TooLarge();
        }

        var body = WireErrors.Read(await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted), AdminJsonContext.Default.ProjectSettingsBody);
        var ttl = RequestRules.Range(body.ExactCacheTtlSeconds, 1, (int)ProjectSettings.LongestTtl.TotalSeconds, "exactCacheTtlSeconds");
        var grain = cluster.GetGrain<IProjectSettingsGrain>(projectId);
        var current = await grain.Get();
        var settings = new ProjectSettings(
            body.StrictParams ?? current.StrictParams,
            body.ExactCache ?? current.ExactCache,
            ttl is { } seconds ? TimeSpan.FromSeconds(seconds) : current.ExactCacheTtl);
        return TypedResults.Ok(View(await grain.Set(settings)));
    }

    private static ProjectSettingsView View(ProjectSettings s) => new(s.StrictParams, s.ExactCache, (int)s.ExactCacheTtl.TotalSeconds);

    private static JsonHttpResult<OpenAiError> BadProject() =>
        ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId");
}
