namespace LlmActors.ModelSim.Contracts;

/// <summary>A free-form custom tool: accepted, never called by the simulator.</summary>
internal sealed record CustomToolBody
{
    public string? Name { get; init; }

    public string? Description { get; init; }
}
