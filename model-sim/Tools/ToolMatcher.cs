using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Tools;

/// <summary>
/// How <c>tool_choice: "auto"</c> decides: a function is relevant when the last user message shares content
/// words with its name or description; the functions sharing the most words are called (all of them when
/// parallel calls are allowed, else the first).
/// </summary>
internal static class ToolMatcher
{
    public static IReadOnlyList<ToolFunction> Best(string message, IReadOnlyList<ToolFunction> functions)
    {
        var words = ContentWords.Of(message);
        var best = 0;
        var matches = new List<ToolFunction>();
        foreach (var function in functions)
        {
            var about = ContentWords.Of(function.Name + " " + function.Description);
            about.IntersectWith(words);
            if (about.Count > best)
            {
                (best, matches) = (about.Count, [function]);
            }
            else if (about.Count == best && best > 0)
            {
                matches.Add(function);
            }
        }

        return matches;
    }
}
