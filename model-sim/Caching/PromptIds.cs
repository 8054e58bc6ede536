using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Caching;

/// <summary>
/// A prompt as the token sequence the prefix cache compares: the tool definitions first (OpenAI puts them
/// before the messages), then each message's role marker, content, calls and media. Markers are negative so
/// they never equal a real token id.
/// </summary>
internal static class PromptIds
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static int[] Of(ChatRequest request)
    {
        var ids = new List<int>(4096);
        foreach (var function in request.Tools.Functions)
        {
            ids.AddRange(SimTokenizer.Instance.EncodeToIds(function.Name + "\n" + function.Description + "\n" + ToolTokens.SchemaText(function.Parameters)));
        }

        foreach (var message in request.Messages)
        {
            ids.Add(-1 - Array.IndexOf(Roles, message.Role));
            ids.AddRange(SimTokenizer.Instance.EncodeToIds(message.Content));
            foreach (var call in message.ToolCalls)
            {
                ids.AddRange(SimTokenizer.Instance.EncodeToIds(call.Name + call.Arguments));
            }

            foreach (var part in message.Media)
            {
                // A media part stands for its whole token cost; the same file gives the same ids.
                var id = (int)(StableHash.Of(part.Fingerprint) & 0x3FFFFFFF);
                ids.AddRange(Enumerable.Repeat(-100 - (id % 1_000_000), part.Tokens));
            }
        }

        return ids.ToArray();
    }
}
