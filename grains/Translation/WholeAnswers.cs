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
                ChatEndpoint.Responses => ResponsesFacts.Whole(Json.Answer(answer)),
                ChatEndpoint.Messages => MessagesFacts.Whole(Json.Answer(answer)),
                _ => AnswerReader.Read(answer) ?? Facts.Nothing,
            };
            return new WholeAnswer(body, head);
        }

        var chat = route.Sent == ChatEndpoint.Messages ? MessagesToChat.Answer(Json.Answer(answer), model) : Json.Answer(answer);
        chat["model"] = model;
        var chatBytes = Json.Bytes(chat);
        var facts = AnswerReader.Read(chatBytes) ?? Facts.Nothing;
        var door = route.Door switch
        {
            ChatEndpoint.Responses => Json.Bytes(ChatToResponses.Answer(chat, Json.Request(request.Body!), model)),
            ChatEndpoint.Messages => Json.Bytes(ChatToMessages.Answer(chat, model)),
            // A Chat Completions answer translated back from Anthropic; a forwarded one keeps its own bytes.
            _ when route.Sent == ChatEndpoint.Messages => chatBytes,
            _ => JsonSplice.SetString(answer, "model"u8, model),
        };
        return new WholeAnswer(door, facts);
    }
}
