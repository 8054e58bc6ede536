using System.Text.Json;
using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// The body one attempt sends. A door the provider speaks itself gets the client's bytes with <c>model</c> rewritten
/// (and, for Responses, the output cap a bounded budget needs); any other is translated to Chat Completions and on
/// to Anthropic's Messages when that is what the provider speaks.
/// </summary>
public static class UpstreamBody
{
    public static byte[] Build(ChatRequest request, WireRoute route, Attempt attempt, bool stream, int? cap)
    {
        var providerModel = attempt.Deployment.ProviderModel;
        if (route.Door is ChatEndpoint.ChatCompletions or ChatEndpoint.Completions && route.Native)
        {
            return ProviderBody.Build(request, providerModel, stream, cap);
        }

        if (route.Native)
        {
            return Native(request.Body!, route.Door, providerModel, cap);
        }

        var chat = route.Door switch
        {
            ChatEndpoint.Responses => ResponsesToChat.Request(Nodes.Request(request.Body!)),
            ChatEndpoint.Messages => MessagesToChat.Request(Nodes.Request(request.Body!)),
            _ => Nodes.Request(request.Body ?? ProviderBody.Compose(request, providerModel, cap, stream)),
        };

        if (route.Sent == ChatEndpoint.Messages)
        {
            var messages = ChatToMessages.Request(chat, cap ?? attempt.Model.DefaultMaxOutputTokens);
            messages["model"] = providerModel;
            if (stream)
            {
                messages["stream"] = true;
            }

            return Nodes.Bytes(messages);
        }

        chat.Remove("stream_options");
        if (stream)
        {
            chat["stream"] = true;
        }
        else
        {
            chat.Remove("stream");
        }

        return ProviderBody.Forward(Nodes.Bytes(chat), providerModel, stream, cap, ChatEndpoint.ChatCompletions);
    }

    /// <summary>Responses and Messages as the client sent them; Messages always names its own output cap.</summary>
    private static byte[] Native(byte[] body, ChatEndpoint door, string providerModel, int? cap)
    {
        var forwarded = JsonSplice.SetString(body, "model"u8, providerModel);
        if (door == ChatEndpoint.Responses && cap is { } max && JsonSplice.FindValue(forwarded, "max_output_tokens"u8) is null)
        {
            forwarded = JsonSplice.SetRaw(forwarded, "max_output_tokens"u8, JsonSerializer.SerializeToUtf8Bytes(max, GatewayJsonContext.Default.Int32));
        }

        return forwarded;
    }
}
