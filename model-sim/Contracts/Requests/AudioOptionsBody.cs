namespace LlmActors.ModelSim.Contracts;

/// <summary><c>audio</c> output options; the voice (a name or an object) is accepted and not read.</summary>
internal sealed record AudioOptionsBody
{
    public string? Format { get; init; }
}
