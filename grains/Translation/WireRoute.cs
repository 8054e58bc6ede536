using LlmActors.Chat;

namespace LlmActors.Grains.Translation;

/// <summary>
/// How one attempt carries a request: the door it came in by, and the API it is sent to the deployment in. A door
/// the provider speaks itself is forwarded as sent (<see cref="Native"/>); any other goes through Chat Completions,
/// translated on the way out and back (Responses → Chat, Messages → Chat, and on to Messages for an Anthropic
/// provider), so every model in the catalog answers on every door.
/// </summary>
public sealed record WireRoute(ChatEndpoint Door, ChatEndpoint Sent)
{
    public bool Native => Door == Sent;

    /// <summary>The answer comes back as Chat Completions and is written out in the door's own format.</summary>
    public bool EncodesChat => !Native && Door is ChatEndpoint.Responses or ChatEndpoint.Messages;

    public static WireRoute For(ChatEndpoint door, ProviderApi api) => (door, api) switch
    {
        (ChatEndpoint.Responses, ProviderApi.Responses) => new(door, ChatEndpoint.Responses),
        (ChatEndpoint.Completions, ProviderApi.Anthropic) => throw new TranslationException(
            "Legacy completions are not served by an Anthropic provider; use /v1/chat/completions or /v1/messages.", "model"),
        (_, ProviderApi.Anthropic) => new(door, ChatEndpoint.Messages),
        (ChatEndpoint.Completions, _) => new(door, ChatEndpoint.Completions),
        _ => new(door, ChatEndpoint.ChatCompletions),
    };
}
