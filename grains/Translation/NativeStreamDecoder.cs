using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Responses or Messages stream forwarded to the same door: every event is passed on as it came but for the model
/// it names (<c>response.model</c>, <c>message.model</c>), and read for what the gateway meters.
/// </summary>
public sealed class NativeStreamDecoder(ChatEndpoint door, string model) : IStreamDecoder
{
    private readonly MessagesFacts _messages = new();

    public (IReadOnlyList<StreamChunk> Chunks, bool End) Decode(byte[] data)
    {
        var e = Nodes.Answer(data);
        var (head, end, named) = door == ChatEndpoint.Responses
            ? (ResponsesFacts.Event(e), ResponsesFacts.Ends(e), e["response"] as JsonObject)
            : (_messages.Event(e), MessagesFacts.Ends(e), e["message"] as JsonObject);
        if (named?.ContainsKey("model") == true)
        {
            named["model"] = model;
            data = Nodes.Bytes(e);
        }

        return ([new StreamChunk(data, head, Native: true)], end);
    }
}
