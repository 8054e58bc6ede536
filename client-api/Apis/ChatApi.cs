using LlmActors.Api.Auth;
using LlmActors.Api.OpenAi;
using LlmActors.Chat;

namespace LlmActors.Api.Apis;

/// <summary><c>POST /v1/chat/completions</c>: validate, hand to a chat grain, write the OpenAI wire format.</summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/chat/completions", Complete).RequireProjectKey().WithTags("OpenAI");
        return app;
    }

    public static async Task<IResult> Complete(HttpContext context, ProjectCaller caller, IClusterClient cluster)
    {
        var cancellationToken = context.RequestAborted;
        var requestId = RequestIds.Of(context);
        using var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var parsed = ChatRequestReader.Read(body.RootElement, caller.ProjectId, requestId);
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (parsed.Request.Model == ModelsApi.Auto)
        {
            return await AutoRoute.CompleteAsync(context, caller, cluster, parsed, requestId, created);
        }

        var grain = cluster.GetGrain<IChatGrain>(WorkerKeys.Next());
        if (parsed.Stream)
        {
            return new ChatStreamResult(grain.Stream(parsed.Request, cancellationToken), requestId, parsed.IncludeUsage, tier: null, created);
        }

        var result = await grain.Complete(parsed.Request, cancellationToken);
        return result is { Error: null, Usage: { } usage }
            ? new ChatCompletionResult(requestId, result.Content ?? "", result.FinishReason, usage, created)
            : CallErrors.ToResult(result.Error!, context.Response);
    }
}
