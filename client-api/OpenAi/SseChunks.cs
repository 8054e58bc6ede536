using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>Writes OpenAI <c>chat.completion.chunk</c> server-sent events straight into the response pipe.</summary>
public sealed class SseChunks(HttpResponse response, string id, string model, long created)
{
    public void Role() => Chunk(json =>
    {
        json.WriteString("role", "assistant");
        json.WriteString("content", "");
    }, finishReason: null);

    public void Content(string text) => Chunk(json => json.WriteString("content", text), finishReason: null);

    public void Finish(string reason) => Chunk(_ => { }, reason);

    public void Usage(ChatUsage usage) => Event(json =>
    {
        Header(json);
        json.WriteStartArray("choices");
        json.WriteEndArray();
        UsageJson.Write(json, usage);
    });

    public void Error(CallError error) => SseEvents.Error(response.BodyWriter, error.Message);

    public void DoneMarker() => SseEvents.Done(response.BodyWriter);

    public ValueTask<System.IO.Pipelines.FlushResult> FlushAsync(CancellationToken cancellationToken) =>
        response.BodyWriter.FlushAsync(cancellationToken);

    private void Chunk(Action<Utf8JsonWriter> delta, string? finishReason) => Event(json =>
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

    private void Event(Action<Utf8JsonWriter> body) => SseEvents.Data(response.BodyWriter, body);
}
