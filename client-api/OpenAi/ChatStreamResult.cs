using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Streams a chat answer as SSE (<see cref="SseFormatter"/>). Nothing is sent until the first item arrives, so a
/// refusal or a model that never started still gets a proper HTTP status. A forwarded stream passes the provider's
/// chunks on as they come; an answer the gateway writes itself is framed here. Once anything has been sent, a failure
/// ends the stream with an error event and an aborted connection, and never with <c>[DONE]</c>.
/// </summary>
public sealed class ChatStreamResult(IAsyncEnumerable<ChatStreamItem> items, string requestId, bool includeUsage, string? tier, long created) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        if (await StreamOpening.FirstAsync(enumerator, httpContext) is not { } first)
        {
            return;
        }

        var response = httpContext.Response;
        var model = StreamOpening.Start(response, first, tier);

        var outcome = new Outcome();
        var events = Events(first, enumerator, new SseChunks("chatcmpl-" + requestId, model, created), outcome, httpContext);
        await SseData.WriteAsync(events, response, cancellationToken);
        if (!outcome.Completed)
        {
            // Abort rather than end cleanly, so every client library reports a failure, not a short answer.
            await SseData.AbortAsync(httpContext);
        }
    }

    private async IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> Events(
        ChatStreamItem first, IAsyncEnumerator<ChatStreamItem> enumerator, SseChunks sse, Outcome outcome, HttpContext httpContext,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var forwarded = first.Chunk is not null;
        if (!forwarded)
        {
            yield return Data(sse.Role());
        }

        for (var item = first; ; item = enumerator.Current)
        {
            if (item.Chunk is { } chunk && !item.IsTerminal)
            {
                yield return Data(chunk);
            }
            else if (item.Delta is { } delta)
            {
                yield return Data(sse.Content(delta));
            }

            if (item.Error is { } error)
            {
                yield return Data(SseData.Error(error));
                yield break;
            }

            if (item.Usage is { } usage)
            {
                if (!forwarded)
                {
                    yield return Data(sse.Finish(item.FinishReason ?? "stop"));
                }

                if (includeUsage)
                {
                    yield return Data(item.Chunk ?? sse.Usage(usage));
                }

                yield return Data(SseData.Done);
                outcome.Completed = true;
                yield break;
            }

            var (more, cut) = await NextOrCut(enumerator, httpContext);
            if (cut is not null)
            {
                yield return Data(cut.Value);
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    private static SseItem<ReadOnlyMemory<byte>> Data(ReadOnlyMemory<byte> data) => SseData.Item(data);

    /// <summary>
    /// Reads the next item. Once anything has been sent, a failure to read (the silo serving the stream died, the
    /// cluster went away) can no longer become a status code: it ends the stream as a cut one.
    /// </summary>
    private static async Task<(bool More, ReadOnlyMemory<byte>? Cut)> NextOrCut(IAsyncEnumerator<ChatStreamItem> enumerator, HttpContext httpContext)
    {
        try
        {
            if (await enumerator.MoveNextAsync())
            {
                return (true, null);
            }
        }
        catch (Exception e) when (!httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ChatStreamResult>()
                .LogWarning("Stream {RequestId} lost its source after it started: {Reason}", httpContext.Response.Headers["x-request-id"].ToString(), e.GetType().Name);
            return (false, SseData.Error(new CallError(CallStatus.Unavailable, "The stream was interrupted after it started.")));
        }

        return (false, null);
    }

    private sealed class Outcome
    {
        public bool Completed { get; set; }
    }
}
