namespace LlmActors.ModelSim.Contracts;

internal sealed record FunctionDelta(string? Name, string? Arguments);
