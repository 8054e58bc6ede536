namespace LlmActors.ModelSim.Contracts;

/// <summary>A call's function: <c>arguments</c> is a JSON text, as OpenAI sends it.</summary>
internal sealed record FunctionCallResult(string Name, string Arguments);
