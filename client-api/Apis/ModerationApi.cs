using LlmActors.Api.Apis.Moderation;
using LlmActors.Api.Auth;
using LlmActors.Api.Hosting;
using LlmActors.Api.OpenAi;
using LlmActors.Moderation;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>POST /v1/moderations</c> (the cascade, OpenAI wire format), <c>POST /v1/moderations/evaluate</c> and the
/// per-project policy at <c>/admin/projects/{projectId}/moderation</c>.
/// </summary>
public static class ModerationApi
{
    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/moderations", Moderate).RequireProjectKey().WithTags("OpenAI")
            .WithSummary("OpenAI moderation through the fast/strong cascade; each result adds an 'llmactors' object.");
        app.MapPost("/v1/moderations/evaluate", Evaluate).RequireProjectKey().WithTags("Moderation")
            .WithSummary("Scores a labelled set once per model: fast-only, strong-only, cascade and a threshold sweep.")
            .Produces<EvaluationBody>();
        var admin = app.MapGroup("/admin/projects/{projectId}/moderation").RequireAdminKey().WithTags("Admin");
        admin.MapPut("", SetPolicy).WithSummary("Sets the project's cascade thresholds and, optionally, its fail mode.");
        admin.MapGet("", GetPolicy).WithSummary("The project's moderation policy in force.");
        return app;
    }

    public static async Task<IResult> Moderate(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight)
    {
        var requestId = RequestIds.Of(context);
        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        var (request, model) = ModerationRequestReader.Read(body.RootElement, caller.ProjectId, requestId);
        var response = await inFlight.CallAsync(() => cluster.GetGrain<IModerationGrain>(WorkerKeys.Next()), request.RequestId,
            (grain, id, token) => ((IModerationGrain)grain).Moderate(request with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        return response.Error is null
            ? new ModerationResponseResult(requestId, model, response)
            : CallErrors.ToResult(response.Error, context.Response);
    }

    public static async Task<IResult> Evaluate(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight)
    {
        var requestId = RequestIds.Of(context);
        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        var request = EvaluationRequestReader.Read(body.RootElement, caller.ProjectId, requestId);
        var report = await inFlight.CallAsync(() => cluster.GetGrain<IModerationGrain>(WorkerKeys.Next()), request.RequestId,
            (grain, id, token) => ((IModerationGrain)grain).Evaluate(request with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        return report.Error is null
            ? TypedResults.Ok(EvaluationBody.Of(caller.ProjectId, report))
            : CallErrors.ToResult(report.Error, context.Response);
    }

    public static async Task<Results<Ok<PolicyBody>, JsonHttpResult<OpenAiError>>> SetPolicy(string projectId, HttpRequest http, IClusterClient cluster)
    {
        if (!Identifiers.IsValid(projectId))
        {
            return ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId");
        }

        using var body = await JsonBody.ReadObjectAsync(http, http.HttpContext.RequestAborted);
        var (allowBelow, blockAbove, failMode) = PolicyRequestReader.Read(body.RootElement);
        var policy = await cluster.GetGrain<IModerationPolicyGrain>(projectId).Set(allowBelow, blockAbove, failMode);
        return TypedResults.Ok(PolicyBody.Of(projectId, policy));
    }

    public static async Task<Results<Ok<PolicyBody>, JsonHttpResult<OpenAiError>>> GetPolicy(string projectId, IClusterClient cluster) =>
        Identifiers.IsValid(projectId)
            ? TypedResults.Ok(PolicyBody.Of(projectId, await cluster.GetGrain<IModerationPolicyGrain>(projectId).Get()))
            : ApiErrors.BadRequest("projectId must be 1-128 letters, digits or . _ : @ -", "projectId");
}
