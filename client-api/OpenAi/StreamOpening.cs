using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// How every streamed door begins: nothing is sent until the grain's first item, so a refusal (or a stream that
/// ended before it started) still gets its status code; a first item that starts the answer fixes the headers.
/// </summary>
public static class StreamOpening
{
    /// <summary>The first item, or null once the refusal has been written as the answer.</summary>
    public static async Task<ChatStreamItem?> FirstAsync(IAsyncEnumerator<ChatStreamItem> enumerator, HttpContext httpContext)
    {
        if (!await enumerator.MoveNextAsync())
        {
            await ApiErrors.Unavailable("The stream ended before it started.").ExecuteAsync(httpContext);
            return null;
        }

        if (enumerator.Current.Error is { } refused)
        {
            await CallErrors.ToResult(refused, httpContext.Response).ExecuteAsync(httpContext);
            return null;
        }

        return enumerator.Current;
    }

    /// <summary>The gateway headers and the event-stream framing; returns the model the first item names.</summary>
    public static string Start(HttpResponse response, ChatStreamItem first, string? tier)
    {
        var model = first.Model ?? first.Usage?.Model ?? "unknown";
        GatewayHeaders.Apply(response, model, first.Fallback || first.Usage?.Fallback == true, first.Tier ?? tier, first.Cache ?? "bypass", costUsd: null);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        return model;
    }
}
