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

            if (!await NextOrCut(enumerator, sse, httpContext))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Reads the next item. Once text has been sent, a failure to read (the silo serving the stream died, the
    /// cluster went away) can no longer become a status code: it ends the stream as a cut one.
    /// </summary>
    private static async Task<bool> NextOrCut(IAsyncEnumerator<ChatStreamItem> enumerator, SseChunks sse, HttpContext httpContext)
    {
        try
        {
            if (await enumerator.MoveNextAsync())
            {
                return true;
            }
        }
        catch (Exception e) when (!httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ChatStreamResult>()
                .LogWarning("Stream {RequestId} lost its source after it started: {Reason}", httpContext.Response.Headers["x-request-id"].ToString(), e.GetType().Name);
            sse.Error(new CallError(CallStatus.Unavailable, "The stream was interrupted after it started."));
            await sse.FlushAsync(CancellationToken.None);
        }

        httpContext.Abort();
        return false;
    }
}
