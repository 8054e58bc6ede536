using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Streams a chat answer as SSE. Nothing is sent until the first item arrives, so a refusal or a model that
/// never started still gets a proper HTTP status. Once text has been sent, a failure ends the stream with an
/// error event and an aborted connection, and never with <c>[DONE]</c>.
/// </summary>
public sealed class ChatStreamResult(IAsyncEnumerable<ChatStreamItem> items, string requestId, bool includeUsage, string? tier, long created) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        if (!await enumerator.MoveNextAsync())
        {
            await ApiErrors.Unavailable("The stream ended before it started.").ExecuteAsync(httpContext);
            return;
        }

        var first = enumerator.Current;
        if (first.Error is { } refused)
        {
            await CallErrors.ToResult(refused, httpContext.Response).ExecuteAsync(httpContext);
            return;
        }

        var response = httpContext.Response;
        var model = first.Model ?? first.Usage?.Model ?? "unknown";
        GatewayHeaders.Apply(response, model, first.Fallback || first.Usage?.Fallback == true, first.Tier ?? tier, first.Cache ?? "bypass", costUsd: null);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        var sse = new SseChunks(response, "chatcmpl-" + requestId, model, created);
        sse.Role();
        for (var item = first; ; item = enumerator.Current)
        {
            if (item.Delta is { } delta)
            {
                sse.Content(delta);
                await sse.FlushAsync(cancellationToken);
            }

            if (item.Error is { } error)
            {
                sse.Error(error);
                await sse.FlushAsync(cancellationToken);
                // Abort rather than end cleanly, so every client library reports a failure, not a short answer.
                httpContext.Abort();
                return;
            }

            if (item.Usage is { } usage)
            {
                sse.Finish(item.FinishReason ?? "stop");
                if (includeUsage)
                {
                    sse.Usage(usage);
                }

                sse.DoneMarker();
                await sse.FlushAsync(cancellationToken);
                return;
            }

            if (!await enumerator.MoveNextAsync())
            {
                httpContext.Abort();
                return;
            }
        }
    }
}
