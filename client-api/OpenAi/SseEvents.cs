using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace LlmActors.Api.OpenAi;

/// <summary>Server-sent events written straight into the response pipe: JSON data events, the error event, <c>[DONE]</c>.</summary>
public static class SseEvents
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] DoneEvent = "data: [DONE]\n\n"u8.ToArray();

    public static void Data(PipeWriter pipe, Action<Utf8JsonWriter> body)
    {
        pipe.Write(DataPrefix);
        using (var json = new Utf8JsonWriter(pipe))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        pipe.Write(EventEnd);
    }

    /// <summary>The OpenAI-shaped error a stream ends with when it is cut after it started.</summary>
    public static void Error(PipeWriter pipe, string message) => Data(pipe, json =>
    {
        json.WriteStartObject("error");
        json.WriteString("message", message);
        json.WriteString("type", "server_error");
        json.WriteNull("param");
        json.WriteString("code", "stream_interrupted");
        json.WriteEndObject();
    });

    public static void Done(PipeWriter pipe) => pipe.Write(DoneEvent);
}
