namespace LlmActors.ModelSim.Contracts;

internal sealed record StreamOptionsBody
{
    public bool? IncludeUsage { get; init; }
}
