using System.Buffers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>The data of the SSE events the gateway writes itself, framed by <see cref="SseFormatter"/>.</summary>
public static class SseData
{
    public static readonly ReadOnlyMemory<byte> Done = "[DONE]"u8.ToArray();

    private static readonly TimeSpan AbortGrace = TimeSpan.FromMilliseconds(50);

    public static SseItem<ReadOnlyMemory<byte>> Item(ReadOnlyMemory<byte> data) => new(data);

    /// <summary>Writes the items to the response; each event reaches the client as it is produced.</summary>
    public static Task WriteAsync(IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> events, HttpResponse response, CancellationToken cancellationToken) =>
        SseFormatter.WriteAsync(events, response.Body, static (item, writer) => writer.Write(item.Data.Span), cancellationToken);

    /// <summary>
    /// Cuts a stream that failed after it started, after its last event (the error) has left: Kestrel's abort drops
    /// whatever the transport has not yet handed to the socket, which lost that event in most cut streams, so clients
    /// saw a bare connection reset instead of the OpenAI-shaped error their SDK raises. The pause is a grace for the
    /// transport's send loop, not a wait on the client.
    /// </summary>
    public static async Task AbortAsync(HttpContext httpContext)
    {
        if (!httpContext.RequestAborted.IsCancellationRequested)
        {
            await httpContext.Response.Body.FlushAsync(CancellationToken.None);
            await Task.Delay(AbortGrace, CancellationToken.None);
        }

        httpContext.Abort();
    }

    public static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>The OpenAI-shaped error a stream ends with when it is cut after it started.</summary>
    public static ReadOnlyMemory<byte> Error(CallError error) => Json(json =>
    {
        json.WriteStartObject("error");
        json.WriteString("message", error.Message);
        json.WriteString("type", "server_error");
        json.WriteNull("param");
        json.WriteString("code", "stream_interrupted");
        json.WriteEndObject();
    });
}
