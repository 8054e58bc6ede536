using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Api.Hosting;
using LlmActors.Chat;

namespace LlmActors.Api.Apis;

/// <summary><c>POST /v1/chat/completions</c>: validate, hand to a chat grain, pass the provider's answer back.</summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/chat/completions", Complete).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<IResult> Complete(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight, IOptions<ApiOptions> limits)
    {
        var requestId = RequestIds.Of(context);
        var body = await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted, limits.Value.MaxModelRequestBodyBytes);
        var parsed = ChatRequestReader.Read(body, caller.ProjectId, requestId);
        parsed = parsed with { Request = CacheHeaders.Apply(context.Request, parsed.Request) };
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (parsed.Request.Model == ModelsApi.Auto)
        {
            return await AutoRoute.CompleteAsync(context, caller, cluster, inFlight, parsed, requestId, created);
        }

        return await ForwardAsync(context, cluster, inFlight, parsed, requestId, created);
    }

    /// <summary>A named model's call, whole or streamed, shared by chat and legacy completions.</summary>
    public static async Task<IResult> ForwardAsync(HttpContext context, IClusterClient cluster, InFlightCalls inFlight, ParsedChat parsed, string requestId, long created)
    {
        var request = parsed.Request;
        if (parsed.Stream)
        {
            var grain = cluster.GetGrain<IChatGrain>(WorkerKeys.Next());
            var items = inFlight.StreamAsync(grain, request.RequestId, token => grain.Stream(request, token), context.RequestAborted);
            return new ChatStreamResult(items, requestId, parsed.IncludeUsage, tier: null, created);
        }

        var result = await inFlight.CallAsync(() => cluster.GetGrain<IChatGrain>(WorkerKeys.Next()), request.RequestId,
            (grain, id, token) => ((IChatGrain)grain).Complete(request with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        return result is { Error: null, Usage: { } usage }
            ? new ChatCompletionResult(requestId, result.Content ?? "", result.FinishReason, usage, created, result.Body)
            : CallErrors.ToResult(result.Error!, context.Response);
    }
}
