using LlmActors.Api.Auth;
using LlmActors.Api.Hosting;
using LlmActors.Api.OpenAi;

namespace LlmActors.Api.Apis;

/// <summary><c>POST /v1/completions</c>: legacy completions (prompt, suffix), forwarded like chat with the same budgets and fallback.</summary>
public static class CompletionsApi
{
    public static IEndpointRouteBuilder MapCompletionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/completions", Complete).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<IResult> Complete(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight, IOptions<ApiOptions> limits)
    {
        var requestId = RequestIds.Of(context);
        var body = await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted, limits.Value.MaxModelRequestBodyBytes);
        var parsed = CompletionRequestReader.Read(body, caller.ProjectId, requestId);
        if (parsed.Request.Model == ModelsApi.Auto)
        {
            throw new InvalidRequestException("Tiered routing ('auto') answers chat completions; name a model for legacy completions.", "model");
        }

        return await ChatApi.ForwardAsync(context, cluster, inFlight, parsed, requestId, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }
}
