namespace LlmActors.ModelSim.Contracts;

internal sealed record ToolCallResult(string Id, string Type, FunctionCallResult Function);
