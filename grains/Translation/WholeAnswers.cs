using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A provider's whole answer back in the door's format: forwarded answers keep their bytes with <c>model</c> renamed;
/// translated ones come back through Chat Completions. Broken answers throw <see cref="ProviderStreamException"/>,
/// a deployment failure, so the next deployment is tried.
/// </summary>
public static class WholeAnswers
{
    public static WholeAnswer Convert(WireRoute route, byte[] answer, string model, ChatRequest request)
    {
        if (route.Native)
        {
            var body = JsonSplice.SetString(answer, "model"u8, model);
            var head = route.Door switch
            {
                ChatEndpoint.Responses => ResponsesFacts.Whole(Nodes.Answer(answer)),
                ChatEndpoint.Messages => MessagesFacts.Whole(Nodes.Answer(answer)),
                _ => AnswerReader.Read(answer) ?? Facts.Nothing,
            };
            return new WholeAnswer(body, head);
        }

        var chat = route.Sent == ChatEndpoint.Messages ? MessagesToChat.Answer(Nodes.Answer(answer), model) : Nodes.Answer(answer);
        chat["model"] = model;
        var chatBytes = Nodes.Bytes(chat);
        var facts = AnswerReader.Read(chatBytes) ?? Facts.Nothing;
        var door = route.Door switch
        {
            ChatEndpoint.Responses => Nodes.Bytes(ChatToResponses.Answer(chat, Nodes.Request(request.Body!), model)),
            ChatEndpoint.Messages => Nodes.Bytes(ChatToMessages.Answer(chat, model)),
            // A Chat Completions answer translated back from Anthropic; a forwarded one keeps its own bytes.
            _ when route.Sent == ChatEndpoint.Messages => chatBytes,
            _ => JsonSplice.SetString(answer, "model"u8, model),
        };
        return new WholeAnswer(door, facts);
    }
}
