namespace LlmActors.ModelSim.Contracts;

internal sealed record FunctionNameBody
{
    public string? Name { get; init; }
}
