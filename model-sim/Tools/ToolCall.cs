namespace LlmActors.ModelSim.Tools;

/// <summary>A call made earlier in the conversation (<see cref="Id"/> is null for a legacy <c>function_call</c>).</summary>
internal sealed record ToolCall(string? Id, string Name, string Arguments);
