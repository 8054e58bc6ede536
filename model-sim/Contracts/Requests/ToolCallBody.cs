namespace LlmActors.ModelSim.Contracts;

/// <summary>A call in an assistant message of the conversation so far.</summary>
internal sealed record ToolCallBody
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public FunctionCallBody? Function { get; init; }
}
