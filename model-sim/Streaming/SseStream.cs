using System.Buffers;
using System.Net.ServerSentEvents;
using System.Text.Json.Serialization.Metadata;

namespace LlmActors.ModelSim.Streaming;

/// <summary>
/// Sends chunks as server-sent events (framed by <see cref="SseFormatter"/>) at the model's pace: each chunk
/// when its tokens are due, then the usage chunk if asked for and <c>data: [DONE]</c>. Under a cut fault the
/// connection drops after <see cref="Fault.CutAfterChunks"/> content chunks, with no finish and no [DONE].
/// </summary>
internal static class SseStream
{
    private static readonly TimeSpan CutPause = TimeSpan.FromMilliseconds(200);

    /// <param name="eventName">Names each event (<c>event:</c>), as Anthropic's streams do; OpenAI's send data only.</param>
    /// <param name="done">Ends with <c>data: [DONE]</c> (OpenAI); Anthropic's streams end with their last event.</param>
    public static async Task WriteAsync<T>(HttpContext context, IReadOnlyList<TimedChunk<T>> chunks, T? usage, JsonTypeInfo<T> type, LatencyPlan plan, bool cut, long started,
        Func<T, string>? eventName = null, bool done = true)
        where T : class
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var pipe = response.BodyWriter;
        var aborted = context.RequestAborted;
        if (!plan.IsInstant)
        {
            // Headers now: the client measures its time to first token on content, not on the status line.
            await pipe.FlushAsync(aborted);
        }

        Utf8JsonWriter? json = null;
        try
        {
            await SseFormatter.WriteAsync(Items(context, chunks, usage, plan, cut, started, eventName, done), new PipeBufferStream(pipe), (item, buffer) =>
            {
                if (item.Data is null)
                {
                    buffer.Write("[DONE]"u8);
                    return;
                }

                if (json is null)
                {
                    json = new Utf8JsonWriter(buffer, SimJson.WriterOptions);
                }
                else
                {
                    json.Reset(buffer);
                }

                JsonSerializer.Serialize(json, item.Data, type);
                json.Flush();
            }, aborted);
        }
        finally
        {
            json?.Dispose();
        }

        if (!aborted.IsCancellationRequested)
        {
            await pipe.FlushAsync(aborted);
        }
    }

    /// <summary>Null data stands for <c>[DONE]</c>.</summary>
    private static async IAsyncEnumerable<SseItem<T?>> Items<T>(
        HttpContext context, IReadOnlyList<TimedChunk<T>> chunks, T? usage, LatencyPlan plan, bool cut, long started, Func<T, string>? eventName, bool done)
        where T : class
    {
        var aborted = context.RequestAborted;
        var pipe = context.Response.BodyWriter;
        var content = 0;
        foreach (var chunk in chunks)
        {
            var due = Delay.Until(started, plan.FirstTokenMs + (chunk.TokensBefore * plan.PerTokenMs), aborted);
            if (!due.IsCompleted)
            {
                // Everything yielded so far is in the pipe (the formatter writes an item before asking for the next).
                if ((await pipe.FlushAsync(aborted)).IsCompleted)
                {
                    // The client has gone: stop generating for nobody.
                    yield break;
                }

                await due;
            }

            yield return new SseItem<T?>(chunk.Chunk, eventName?.Invoke(chunk.Chunk));
            if (cut && chunk.IsContent && ++content >= Fault.CutAfterChunks)
            {
                // Drop the connection mid-stream: the client sees an error, never a finish chunk or [DONE]. The pause
                // lets the chunks already sent reach the client first, as they would before a real connection loss.
                await Cut(context);
                yield break;
            }
        }

        if (usage is not null)
        {
            yield return new SseItem<T?>(usage);
        }

        if (done)
        {
            yield return new SseItem<T?>(null);
        }
    }

    private static async Task Cut(HttpContext context)
    {
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        await Task.Delay(CutPause, context.RequestAborted);
        context.Abort();
    }
}
