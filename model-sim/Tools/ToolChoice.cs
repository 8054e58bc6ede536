namespace LlmActors.ModelSim.Tools;

/// <summary>How the request lets the model call: a mode, the named function, and the allowed subset (null = all).</summary>
internal sealed record ToolChoice(ToolChoiceMode Mode, string? Name = null, IReadOnlySet<string>? Allowed = null)
{
    public static ToolChoice None { get; } = new(ToolChoiceMode.None);

    public static ToolChoice Auto { get; } = new(ToolChoiceMode.Auto);
}
