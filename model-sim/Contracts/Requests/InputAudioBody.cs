namespace LlmActors.ModelSim.Contracts;

internal sealed record InputAudioBody
{
    public string? Data { get; init; }

    public string? Format { get; init; }
}
