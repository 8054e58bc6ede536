using LlmActors.ModelSim.Media;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Prompt tokens as OpenAI frames a chat: 3 per message plus its content tokens, 1 more and the name's tokens
/// when a message has a name, each earlier call's name and arguments plus 3, each media part by its rule, the
/// tool definitions and json_schema by theirs, and 3 to prime the reply.
/// </summary>
internal static class PromptCounter
{
    public static PromptCount Count(ChatRequest request)
    {
        var tokens = 3 + request.Tools.Tokens + request.Output.Tokens;
        var audio = 0;
        foreach (var message in request.Messages)
        {
            tokens += 3 + SimTokenizer.Count(message.Content);
            if (message.Name is { } name)
            {
                tokens += 1 + SimTokenizer.Count(name);
            }

            foreach (var call in message.ToolCalls)
            {
                tokens += 3 + SimTokenizer.Count(call.Name) + SimTokenizer.Count(call.Arguments);
            }

            foreach (var part in message.Media)
            {
                tokens += part.Tokens;
                audio += part.Kind == MediaKind.Audio ? part.Tokens : 0;
            }
        }

        return new PromptCount(tokens, audio);
    }
}
