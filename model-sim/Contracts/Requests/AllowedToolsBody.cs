namespace LlmActors.ModelSim.Contracts;

/// <summary><c>{"type":"allowed_tools","allowed_tools":{"mode":"auto"|"required","tools":[{"type":"function","function":{"name"}}]}}</c>.</summary>
internal sealed record AllowedToolsBody
{
    public string? Mode { get; init; }

    public List<ToolChoiceBody?>? Tools { get; init; }
}
