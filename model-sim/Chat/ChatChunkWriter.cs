using System.Buffers;
using System.IO.Pipelines;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Frames <c>chat.completion.chunk</c> objects as server-sent events (<c>data: {...}\n\n</c>) into the response
/// pipe. Nothing is sent until <see cref="FlushAsync"/>, so an unpaced stream goes out in one write.
/// </summary>
internal sealed class ChatChunkWriter : IDisposable
{
    private readonly PipeWriter _pipe;
    private readonly Utf8JsonWriter _json;
    private readonly string _id = ResponseIds.New("chatcmpl-");
    private readonly long _created = ResponseIds.UnixNow();
    private readonly SimModel _model;
    private readonly bool _includeUsage;

    public ChatChunkWriter(HttpResponse response, SimModel model, bool includeUsage)
    {
        _pipe = response.BodyWriter;
        _json = new Utf8JsonWriter(_pipe, SimJson.WriterOptions);
        _model = model;
        _includeUsage = includeUsage;
    }

    public void Role() => Choice(role: true, content: "", finishReason: null);

    public void Content(ReadOnlySpan<char> text) => Choice(role: false, content: text, finishReason: null);

    public void Finish(string reason) => Choice(role: false, content: default, finishReason: reason);

    /// <summary>The extra chunk <c>stream_options.include_usage</c> asks for: no choices, the usage.</summary>
    public void Usage(Usage usage)
    {
        Begin();
        _json.WriteStartArray("choices"u8);
        _json.WriteEndArray();
        usage.Write(_json);
        End();
    }

    public void Done() => _pipe.Write("data: [DONE]\n\n"u8);

    public ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken) => _pipe.FlushAsync(cancellationToken);

    public void Dispose() => _json.Dispose();

    private void Choice(bool role, ReadOnlySpan<char> content, string? finishReason)
    {
        Begin();
        _json.WriteStartArray("choices"u8);
        _json.WriteStartObject();
        _json.WriteNumber("index"u8, 0);
        _json.WriteStartObject("delta"u8);
        if (role)
        {
            _json.WriteString("role"u8, "assistant"u8);
        }

        if (finishReason is null)
        {
            _json.WriteString("content"u8, content);
        }

        _json.WriteEndObject();
        _json.WriteNull("logprobs"u8);
        if (finishReason is null)
        {
            _json.WriteNull("finish_reason"u8);
        }
        else
        {
            _json.WriteString("finish_reason"u8, finishReason);
        }

        _json.WriteEndObject();
        _json.WriteEndArray();
        if (_includeUsage)
        {
            _json.WriteNull("usage"u8);
        }

        End();
    }

    private void Begin()
    {
        _pipe.Write("data: "u8);
        _json.Reset(_pipe);
        _json.WriteStartObject();
        _json.WriteString("id"u8, _id);
        _json.WriteString("object"u8, "chat.completion.chunk"u8);
        _json.WriteNumber("created"u8, _created);
        _json.WriteString("model"u8, _model.EncodedName);
        _json.WriteString("system_fingerprint"u8, SimFingerprint.Value);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
        _pipe.Write("\n\n"u8);
    }
}
