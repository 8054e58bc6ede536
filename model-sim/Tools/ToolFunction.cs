using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Tools;

/// <summary>A callable function of the request (a tool or a legacy function) and what its definition costs in prompt tokens.</summary>
internal sealed record ToolFunction(string Name, string? Description, JsonSchemaNode? Parameters, int Tokens);
