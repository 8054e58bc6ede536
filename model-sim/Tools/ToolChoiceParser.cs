using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Tools;

/// <summary><c>tool_choice</c>, checked against the tools the request defines.</summary>
internal static class ToolChoiceParser
{
    public static ToolChoice Parse(ToolChoiceBody? body, IReadOnlyList<ToolFunction> functions)
    {
        if (body is null)
        {
            return functions.Count > 0 ? ToolChoice.Auto : ToolChoice.None;
        }

        if (body.Mode is { } mode)
        {
            return Mode(FieldRules.OneOf(mode, "tool_choice", "none", "auto", "required")!);
        }

        switch (FieldRules.Required(FieldRules.OneOf(body.Type, "tool_choice.type", "function", "custom", "allowed_tools"), "tool_choice.type"))
        {
            case "function":
                var name = FieldRules.Required(FieldRules.Required(body.Function, "tool_choice.function").Name, "tool_choice.function.name");
                return functions.Any(f => f.Name == name)
                    ? new ToolChoice(ToolChoiceMode.Named, name)
                    : throw SimError.BadRequest($"Invalid value for 'tool_choice': no function named '{name}' was specified in 'tools'.", "tool_choice.function.name");
            case "custom":
                // A named free-form tool: the simulator never calls one, so it answers in text.
                FieldRules.Required(FieldRules.Required(body.Custom, "tool_choice.custom").Name, "tool_choice.custom.name");
                return ToolChoice.None;
            default:
                return Allowed(FieldRules.Required(body.AllowedTools, "tool_choice.allowed_tools"), functions);
        }
    }

    private static ToolChoice Allowed(AllowedToolsBody allowed, IReadOnlyList<ToolFunction> functions)
    {
        var mode = Mode(FieldRules.Required(FieldRules.OneOf(allowed.Mode, "tool_choice.allowed_tools.mode", "auto", "required"), "tool_choice.allowed_tools.mode"));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tools = FieldRules.Required(allowed.Tools, "tool_choice.allowed_tools.tools");
        for (var i = 0; i < tools.Count; i++)
        {
            var param = $"tool_choice.allowed_tools.tools[{i}]";
            if (tools[i]?.Function?.Name is { } name)
            {
                names.Add(functions.Any(f => f.Name == name) ? name : throw SimError.BadRequest($"No function named '{name}' was specified in 'tools'.", param + ".function.name"));
            }
        }

        return mode with { Allowed = names };
    }

    private static ToolChoice Mode(string mode) => mode switch
    {
        "none" => ToolChoice.None,
        "auto" => ToolChoice.Auto,
        _ => new ToolChoice(ToolChoiceMode.Required),
    };
}
