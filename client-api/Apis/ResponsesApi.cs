using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Api.Responses;
using LlmActors.Api.Responses.Wire;
using LlmActors.Chat;
using LlmActors.Responses;

namespace LlmActors.Api.Apis;

/// <summary>
/// OpenAI's Responses API: <c>POST /v1/responses</c> (whole and typed SSE events) through a Responses grain — the
/// shared chat path, and the project's stored responses for <c>previous_response_id</c> — and the stored responses
/// themselves: <c>GET</c> and <c>DELETE /v1/responses/{id}</c>, <c>POST /v1/responses/{id}/cancel</c>. Another
/// project's response is 404 everywhere: responses are looked up under the caller's project only.
/// </summary>
public static class ResponsesApi
{
    public static IEndpointRouteBuilder MapResponsesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/responses", Create).RequireProjectKey().WithTags("OpenAI");
        app.MapGet("/v1/responses/{responseId}", Get).RequireProjectKey().WithTags("OpenAI");
        app.MapDelete("/v1/responses/{responseId}", Delete).RequireProjectKey().WithTags("OpenAI");
        app.MapPost("/v1/responses/{responseId}/cancel", Cancel).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<IResult> Create(HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight, IOptions<ApiOptions> limits)
    {
        var requestId = RequestIds.Of(context);
        var body = await JsonBody.ReadBytesAsync(context.Request, context.RequestAborted, limits.Value.MaxModelRequestBodyBytes);
        var parsed = ResponsesRequestReader.Read(body, caller.ProjectId, requestId, "resp_" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var call = parsed.Call;
        if (parsed.Stream)
        {
            var grain = cluster.GetGrain<IResponsesGrain>(WorkerKeys.Next());
            var items = inFlight.StreamAsync(grain, requestId, token => grain.Stream(call, token), context.RequestAborted);
            // The grain ends a stream cut after it started with response.failed itself.
            return new TypedEventStreamResult(items, _ => null);
        }

        var result = await inFlight.CallAsync(() => cluster.GetGrain<IResponsesGrain>(WorkerKeys.Next()), requestId,
            (grain, id, token) => ((IResponsesGrain)grain).Create(call with { Request = call.Request with { RequestId = id } }, token), r => r.Error, context.RequestAborted);
        return result is { Error: null, Usage: { } usage }
            ? new ChatCompletionResult(requestId, result.Content ?? "", result.FinishReason, usage, 0, result.Body)
            : CallErrors.ToResult(result.Error!, context.Response);
    }

    public static async Task<IResult> Get(string responseId, ProjectCaller caller, IClusterClient cluster) =>
        await Stored(cluster, caller, responseId) is { } stored
            ? new RawJsonResult(StatusCodes.Status200OK, System.Text.Encoding.UTF8.GetBytes(stored.Response))
            : NotFound(responseId);

    public static async Task<IResult> Delete(string responseId, ProjectCaller caller, IClusterClient cluster) =>
        ResponseKeys.IsValid(responseId) && await cluster.Response(caller.ProjectId, responseId).Delete()
            ? TypedResults.Json(new ResponseDeleted(responseId, "response.deleted", true), ResponsesJsonContext.Default.ResponseDeleted)
            : NotFound(responseId);

    /// <summary>Only background responses can be cancelled, and this gateway runs none: a stored response is already done.</summary>
    public static async Task<IResult> Cancel(string responseId, ProjectCaller caller, IClusterClient cluster) =>
        await Stored(cluster, caller, responseId) is null
            ? NotFound(responseId)
            : ApiErrors.BadRequest("Only responses created with background=true can be cancelled; this response has already completed.", "response_id", "invalid_request");

    private static async Task<StoredResponse?> Stored(IClusterClient cluster, ProjectCaller caller, string responseId) =>
        ResponseKeys.IsValid(responseId) ? await cluster.Response(caller.ProjectId, responseId).Get() : null;

    private static IResult NotFound(string responseId) =>
        ApiErrors.NotFound($"Response with id '{(ResponseKeys.IsValid(responseId) ? responseId : "(not a response id)")}' not found.", "response_not_found");
}
