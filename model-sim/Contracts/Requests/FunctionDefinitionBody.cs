namespace LlmActors.ModelSim.Contracts;

/// <summary>A function tool (or a legacy <c>functions</c> entry).</summary>
internal sealed record FunctionDefinitionBody
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public JsonSchemaNode? Parameters { get; init; }

    public bool? Strict { get; init; }
}
