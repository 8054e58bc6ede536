namespace LlmActors.ModelSim.Contracts;

internal sealed record ImageUrlBody
{
    public string? Url { get; init; }

    public string? Detail { get; init; }
}
