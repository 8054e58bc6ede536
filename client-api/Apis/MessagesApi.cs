using LlmActors.Api.Anthropic;
using LlmActors.Api.Anthropic.Wire;
using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Chat;
using LlmActors.Messages;

namespace LlmActors.Api.Apis;

/// <summary>
/// Anthropic's Messages API: <c>POST /v1/messages</c> (whole and SSE) through the same chat grain, budgets, fallback
/// and metering as every door — forwarded as sent to an Anthropic provider, translated for the others — and
/// <c>POST /v1/messages/count_tokens</c>. Keys may come as <c>x-api-key</c>; <c>anthropic-version</c> is accepted
/// whatever its value; errors are in Anthropic's shape (<see cref="AnthropicErrorMiddleware"/>).
/// </summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/messages", Create).RequireProjectKey().WithMetadata(AnthropicDoor.Instance).WithTags("Anthropic");
        app.MapPost("/v1/messages/count_tokens", CountTokens).RequireProjectKey().WithMetadata(AnthropicDoor.Instance).WithTags("Anthropic");
        return app;
    }

    public static async Task<IResult> Create(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight, IOptions<ApiOptions> limits)
    {
        var requestId = RequestIds.Of(context);
        var body = await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted, limits.Value.MaxModelRequestBodyBytes);
        var parsed = MessagesRequestReader.Read(body, caller.ProjectId, requestId);
        var request = parsed.Request;
        if (parsed.Stream)
        {
            var grain = cluster.GetGrain<IChatGrain>(WorkerKeys.Next());
            var items = inFlight.StreamAsync(grain, request.RequestId, token => grain.Stream(request, token), context.RequestAborted);
            return new TypedEventStreamResult(items, error => AnthropicErrors.StreamEvent(error.Message));
        }

        var result = await inFlight.CallAsync(() => cluster.GetGrain<IChatGrain>(WorkerKeys.Next()), request.RequestId,
            (grain, id, token) => ((IChatGrain)grain).Complete(request with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        return result is { Error: null, Usage: { } usage }
            ? new ChatCompletionResult(requestId, result.Content ?? "", result.FinishReason, usage, 0, result.Body)
            : CallErrors.ToResult(result.Error!, context.Response);
    }

    public static async Task<IResult> CountTokens(HttpContext context, ProjectCaller caller, IClusterClient cluster, IOptions<ApiOptions> limits)
    {
        var body = await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted, limits.Value.MaxModelRequestBodyBytes);
        var request = MessagesRequestReader.Read(body, caller.ProjectId, RequestIds.Of(context), counting: true).Request;
        var count = await cluster.GetGrain<ITokenCountGrain>(0).CountPrompt(request.Model, request.Messages, request.PromptShape);
        return count is { } tokens
            ? TypedResults.Json(new TokenCount(tokens), AnthropicJsonContext.Default.TokenCount)
            : ApiErrors.NotFound($"model: {request.Model} is not a chat model of this gateway; see GET /v1/models.", "model_not_found");
    }
}
