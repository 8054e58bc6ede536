using LlmActors.ModelSim.Media;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>A validated message: its text, and for the roles that have them, name, calls, the call it answers and media.</summary>
internal sealed record ChatMessage(string Role, string Content)
{
    public string? Name { get; init; }

    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    public string? ToolCallId { get; init; }

    public IReadOnlyList<MediaPart> Media { get; init; } = [];

    /// <summary>A tool or legacy function result.</summary>
    public bool IsToolResult => Role is "tool" or "function";
}
