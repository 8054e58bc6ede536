using LlmActors.Api.Apis.Code;
using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Code;

namespace LlmActors.Api.Apis;

/// <summary>
/// Code completion for IDE plugins: open a file (prefetch), complete at the cursor (whole or SSE), read
/// statistics. Each file is one grain keyed by the caller's project and the path, so a project only ever
/// reaches its own files.
/// </summary>
public static class CodeApi
{
    public static IEndpointRouteBuilder MapCodeApi(this IEndpointRouteBuilder app)
    {
        var code = app.MapGroup("/v1/code").RequireProjectKey().WithTags("Code completion");
        code.MapPost("/files/open", Open);
        code.MapPost("/completions", Complete);
        code.MapGet("/stats", Stats);
        return app;
    }

    public static async Task<IResult> Open(HttpContext context, ProjectCaller caller, IClusterClient cluster)
    {
        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        var document = CodeRequestReader.ReadOpen(body.RootElement);
        await File(cluster, caller, document.Path).Open(document);
        return TypedResults.Accepted((string?)null, new OpenResponse(document.Path, Prefetching: true));
    }

    public static async Task<IResult> Complete(HttpContext context, ProjectCaller caller, IClusterClient cluster)
    {
        var cancellationToken = context.RequestAborted;
        using var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var (document, stream) = CodeRequestReader.ReadCompletion(body.RootElement);
        var file = File(cluster, caller, document.Path);
        if (stream)
        {
            return new CodeStreamResult(file.Stream(document, cancellationToken));
        }

        var answer = await file.Complete(document, cancellationToken);
        if (answer.Error is { } error)
        {
            return CallErrors.ToResult(error, context.Response);
        }

        context.Response.Headers["x-llmactors-model"] = answer.Model;
        context.Response.Headers["x-llmactors-cache"] = answer.Cached ? "hit" : "miss";
        return TypedResults.Ok(CompletionResponse.From(answer));
    }

    public static async Task<IResult> Stats(HttpContext context, ProjectCaller caller, IClusterClient cluster)
    {
        var query = context.Request.Query;
        if (!query.TryGetValue("path", out var paths))
        {
            return TypedResults.Ok(StatsResponse.From(null, await cluster.GetGrain<ICodeStatsGrain>(caller.ProjectId).GetStats()));
        }

        var path = CodeRequestReader.Path(paths.Count == 1 ? paths[0] : null);
        return TypedResults.Ok(StatsResponse.From(path, await File(cluster, caller, path).GetStats()));
    }

    private static ICompletionCacheGrain File(IClusterClient cluster, ProjectCaller caller, string path) =>
        cluster.GetGrain<ICompletionCacheGrain>(FileKeys.For(caller.ProjectId, path));
}
