namespace LlmActors.ModelSim.Contracts;

/// <summary>A call's first chunk carries id, type and name (arguments ""); the next ones carry only argument text.</summary>
internal sealed record ToolCallDelta(int Index, string? Id, string? Type, FunctionDelta Function);
