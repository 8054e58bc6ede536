using LlmActors.Chat;

namespace LlmActors.Grains.Translation;

public static class StreamDecoders
{
    /// <summary>The decoder for what <paramref name="route"/> sends: the door's own events, or Chat Completions chunks.</summary>
    public static IStreamDecoder For(WireRoute route, string model) => route switch
    {
        { Native: true, Door: ChatEndpoint.Responses or ChatEndpoint.Messages } => new NativeStreamDecoder(route.Door, model),
        { Sent: ChatEndpoint.Messages } => new MessagesToChatDecoder(model),
        _ => new ChatChunkDecoder(),
    };
}
