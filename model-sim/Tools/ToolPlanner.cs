using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Tools;

/// <summary>Which functions the answer calls, if any: the same for every choice of a request (their arguments differ).</summary>
internal static class ToolPlanner
{
    public static IReadOnlyList<ToolFunction> Choose(ChatRequest request)
    {
        var tools = request.Tools;
        var choice = tools.Choice;
        var functions = choice.Allowed is { } allowed ? tools.Functions.Where(f => allowed.Contains(f.Name)).ToList() : tools.Functions;
        if (functions.Count == 0 || choice.Mode == ToolChoiceMode.None || ChatConventions.IsModerationScoring(request))
        {
            return [];
        }

        if (choice.Mode == ToolChoiceMode.Named)
        {
            return [functions.First(f => f.Name == choice.Name)];
        }

        // After tool results a model answers from them rather than calling again, unless it is made to call.
        var matches = choice.Mode == ToolChoiceMode.Auto && request.EndsWithToolResults ? [] : ToolMatcher.Best(request.LastUserText, functions);
        if (matches.Count == 0)
        {
            return choice.Mode == ToolChoiceMode.Required ? [functions[0]] : [];
        }

        return tools.Parallel ? matches : [matches[0]];
    }
}
