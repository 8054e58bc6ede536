using LlmActors.Chat;

namespace LlmActors.Grains.Translation;

public static class DoorEncoders
{
    /// <summary>The encoder a route needs, or null when the stream is passed on as it comes.</summary>
    public static IDoorEncoder? For(WireRoute route, ChatRequest request, string model) => route switch
    {
        { EncodesChat: true, Door: ChatEndpoint.Responses } => new ChatToResponsesEncoder(Nodes.Request(request.Body!), model, DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
        { EncodesChat: true, Door: ChatEndpoint.Messages } => new ChatToMessagesEncoder(model),
        _ => null,
    };
}
