namespace LlmActors.ModelSim.Contracts;

internal sealed record FunctionCallBody
{
    public string? Name { get; init; }

    public string? Arguments { get; init; }
}
