namespace LlmActors.ModelSim.Contracts;

/// <summary>Legacy <c>function_call</c>: "none", "auto" or <c>{"name": ...}</c>.</summary>
internal sealed record FunctionChoiceBody(string? Mode, string? Name);
