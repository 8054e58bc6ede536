namespace LlmActors.ModelSim.Contracts;

/// <summary>A tool the model may call: <c>function</c> (with a JSON-schema <c>parameters</c>) or <c>custom</c>.</summary>
internal sealed record ToolBody
{
    public string? Type { get; init; }

    public FunctionDefinitionBody? Function { get; init; }

    public CustomToolBody? Custom { get; init; }
}
