using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Embeddings;

namespace LlmActors.Api.Apis;

/// <summary><c>POST /v1/embeddings</c>: a budgeted pass-through to the catalog's embedding models.</summary>
public static class EmbeddingsApi
{
    public static IEndpointRouteBuilder MapEmbeddingsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/embeddings", Embed).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<IResult> Embed(HttpContext context, ProjectCaller caller, IClusterClient cluster)
    {
        var requestId = RequestIds.Of(context);
        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        var (request, base64) = EmbeddingRequestReader.Read(body.RootElement, caller.ProjectId, requestId);
        var result = await cluster.GetGrain<IEmbeddingGrain>(WorkerKeys.Next()).Embed(request, context.RequestAborted);
        return result is { Vectors: { } vectors, Usage: { } usage }
            ? new EmbeddingListResult(vectors, usage, base64)
            : CallErrors.ToResult(result.Error!, context.Response);
    }
}
