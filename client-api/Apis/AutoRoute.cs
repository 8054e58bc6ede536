using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Support;

namespace LlmActors.Api.Apis;

/// <summary>
/// <c>model: "auto"</c> on chat completions: the customer-service routing (tier, cache, fallback) over the
/// messages sent. With <c>x-conversation-id</c> the turn goes through that conversation's grain, in order.
/// </summary>
public static class AutoRoute
{
    public const string ConversationHeader = "x-conversation-id";

    public static async Task<IResult> CompleteAsync(HttpContext context, ProjectCaller caller, IClusterClient cluster, ParsedChat parsed, string requestId, long created)
    {
        var conversationId = context.Request.Headers[ConversationHeader].ToString();
        if (conversationId.Length > 0 && !Identifiers.IsValid(conversationId))
        {
            throw new InvalidRequestException($"'{ConversationHeader}' must be 1-128 letters, digits or . _ : @ -", ConversationHeader);
        }

        var conversation = conversationId.Length > 0 ? cluster.Conversation(caller.ProjectId, conversationId) : null;
        if (parsed.Stream)
        {
            var items = conversation?.Stream(parsed.Request, context.RequestAborted)
                ?? cluster.GetGrain<IAutoRouterGrain>(WorkerKeys.Next()).Stream(parsed.Request, context.RequestAborted);
            return new ChatStreamResult(items, requestId, parsed.IncludeUsage, tier: null, created);
        }

        var reply = conversation is not null
            ? await conversation.Complete(parsed.Request)
            : await cluster.GetGrain<IAutoRouterGrain>(WorkerKeys.Next()).Complete(parsed.Request);
        return reply.Error is { } error
            ? CallErrors.ToResult(error, context.Response)
            : new ChatCompletionResult(requestId, reply.Reply, reply.FinishReason, reply.ToUsage(), created);
    }
}
