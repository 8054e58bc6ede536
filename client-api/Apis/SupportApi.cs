using LlmActors.Api.Auth;
using LlmActors.Api.Hosting;
using LlmActors.Api.OpenAi;
using LlmActors.Support;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>POST /v1/support/conversations/{conversationId}/messages</c> and <c>GET /v1/support/conversations/{conversationId}</c>.
/// The conversation grain is addressed with the caller's project, so another project's key never reaches it.
/// </summary>
public static class SupportApi
{
    public const int MaxMessageChars = 32_000;
    private static readonly HashSet<string> Fields = ["message", "userId"];

    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/support/conversations/{conversationId}").RequireProjectKey().WithTags("Customer service");
        group.MapPost("/messages", Send);
        group.MapGet("/", Get);
        return app;
    }

    public static async Task<IResult> Send(string conversationId, HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight)
    {
        CheckConversationId(conversationId);
        var requestId = RequestIds.Of(context);
        using var body = await JsonBody.ReadObjectAsync(context.Request, context.RequestAborted);
        JsonFields.RejectUnknown(body.RootElement, Fields);
        var message = JsonFields.RequiredString(body.RootElement, "message", MaxMessageChars);
        var userId = JsonFields.OptionalString(body.RootElement, "userId", Identifiers.MaxLength);
        if (userId is not null && !Identifiers.IsValid(userId))
        {
            throw new InvalidRequestException("'userId' must be letters, digits or . _ : @ - (at most 128).", "userId");
        }

        var turn = new SupportTurn(requestId, message, userId, RequestIds.ValidClientKey(context.Request.Headers));
        var reply = await inFlight.CallAsync(() => cluster.Conversation(caller.ProjectId, conversationId), requestId,
            (grain, id, token) => ((IConversationRouterGrain)grain).Send(turn with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        if (reply.Error is { } error)
        {
            return CallErrors.ToResult(error, context.Response);
        }

        GatewayHeaders.Apply(context.Response, reply.ToUsage());
        return TypedResults.Ok(new SupportMessageResponse(conversationId, reply.Reply, reply.Model, reply.Tier, reply.Cache,
            reply.PromptTokens, reply.CompletionTokens, reply.CostUsd, Math.Round(reply.LatencyMs, 1), reply.Reason));
    }

    public static async Task<Results<Ok<ConversationView>, JsonHttpResult<OpenAiError>>> Get(string conversationId, ProjectCaller caller, IClusterClient cluster)
    {
        CheckConversationId(conversationId);
        return await cluster.Conversation(caller.ProjectId, conversationId).Get() is { } view
            ? TypedResults.Ok(view)
            : ApiErrors.NotFound("No conversation with that id in this project.", "conversation_not_found");
    }

    private static void CheckConversationId(string conversationId)
    {
        if (!Identifiers.IsValid(conversationId))
        {
            throw new InvalidRequestException("conversationId must be 1-128 letters, digits or . _ : @ -", "conversationId");
        }
    }

    public sealed record SupportMessageResponse(
        string ConversationId, string Reply, string Model, string Tier, string Cache, int PromptTokens, int CompletionTokens,
        decimal CostUsd, double LatencyMs, string Reason);
}
