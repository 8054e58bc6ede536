namespace LlmActors.ModelSim.Contracts;

internal sealed record FileBody
{
    public string? FileId { get; init; }

    public string? FileData { get; init; }

    public string? Filename { get; init; }
}
