using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// The data of OpenAI <c>chat.completion.chunk</c> events for answers the gateway writes itself (cache hits, routed
/// replies); forwarded streams pass the provider's own chunks instead.
/// </summary>
public sealed class SseChunks(string id, string model, long created)
{
    public ReadOnlyMemory<byte> Role() => Chunk(json =>
    {
        json.WriteString("role", "assistant");
        json.WriteString("content", "");
    }, finishReason: null);

    public ReadOnlyMemory<byte> Content(string text) => Chunk(json => json.WriteString("content", text), finishReason: null);

    public ReadOnlyMemory<byte> Finish(string reason) => Chunk(_ => { }, reason);

    public ReadOnlyMemory<byte> Usage(ChatUsage usage) => Event(json =>
    {
        Header(json);
        json.WriteStartArray("choices");
        json.WriteEndArray();
        UsageJson.Write(json, usage);
    });

    private ReadOnlyMemory<byte> Chunk(Action<Utf8JsonWriter> delta, string? finishReason) => Event(json =>
    {
        Header(json);
        json.WriteStartArray("choices");
        json.WriteStartObject();
        json.WriteNumber("index", 0);
        json.WriteStartObject("delta");
        delta(json);
        json.WriteEndObject();
        json.WriteNull("logprobs");
        if (finishReason is null)
        {
            json.WriteNull("finish_reason");
        }
        else
        {
            json.WriteString("finish_reason", finishReason);
        }

        json.WriteEndObject();
        json.WriteEndArray();
    });

    private void Header(Utf8JsonWriter json)
    {
        json.WriteString("id", id);
        json.WriteString("object", "chat.completion.chunk");
        json.WriteNumber("created", created);
        json.WriteString("model", model);
    }

    private static ReadOnlyMemory<byte> Event(Action<Utf8JsonWriter> body) => SseData.Json(body);
}
