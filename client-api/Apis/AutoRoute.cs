using LlmActors.Api.Auth;
using LlmActors.Api.Hosting;
using LlmActors.Api.OpenAi;
using LlmActors.Chat;
using LlmActors.Support;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>model: "auto"</c> on chat completions: the customer-service routing (tier, cache, fallback) over the
/// messages sent. With <c>x-conversation-id</c> the turn goes through that conversation's grain, in order.
/// </summary>
public static class AutoRoute
{
    public const string ConversationHeader = "x-conversation-id";

    public static async Task<IResult> CompleteAsync(
        HttpContext context, ProjectCaller caller, IClusterClient cluster, InFlightCalls inFlight, ParsedChat parsed, string requestId, long created)
    {
        var conversationId = context.Request.Headers[ConversationHeader].ToString();
        if (conversationId.Length > 0 && !Identifiers.IsValid(conversationId))
        {
            throw new InvalidRequestException($"'{ConversationHeader}' must be 1-128 letters, digits or . _ : @ -", ConversationHeader);
        }

        var request = parsed.Request;
        var conversation = conversationId.Length > 0 ? cluster.Conversation(caller.ProjectId, conversationId) : null;
        if (parsed.Stream)
        {
            IAsyncEnumerable<ChatStreamItem> items;
            if (conversation is not null)
            {
                items = inFlight.StreamAsync(conversation, request.RequestId, token => conversation.Stream(request, token), context.RequestAborted);
            }
            else
            {
                var router = cluster.GetGrain<IAutoRouterGrain>(WorkerKeys.Next());
                items = inFlight.StreamAsync(router, request.RequestId, token => router.Stream(request, token), context.RequestAborted);
            }

            return new ChatStreamResult(items, requestId, parsed.IncludeUsage, tier: null, created);
        }

        var reply = conversation is not null
            ? await inFlight.CallAsync(() => conversation, request.RequestId,
                (grain, id, token) => ((IConversationRouterGrain)grain).Complete(request with { RequestId = id }, token), r => r.Error, context.RequestAborted)
            : await inFlight.CallAsync(() => cluster.GetGrain<IAutoRouterGrain>(WorkerKeys.Next()), request.RequestId,
                (router, id, token) => ((IAutoRouterGrain)router).Complete(request with { RequestId = id }, token), r => r.Error, context.RequestAborted);
        return reply.Error is { } error
            ? CallErrors.ToResult(error, context.Response)
            : new ChatCompletionResult(requestId, reply.Reply, reply.FinishReason, reply.ToUsage(), created, reply.Body);
    }
}
