namespace LlmActors.ModelSim.Contracts;

/// <summary>
/// <c>tool_choice</c>: a mode string ("none", "auto", "required"), or an object naming a function
/// (<c>{"type":"function","function":{"name"}}</c>) or restricting the choice (<c>allowed_tools</c>).
/// </summary>
internal sealed record ToolChoiceBody
{
    public string? Mode { get; init; }

    public string? Type { get; init; }

    public FunctionNameBody? Function { get; init; }

    public FunctionNameBody? Custom { get; init; }

    public AllowedToolsBody? AllowedTools { get; init; }
}
