namespace LlmActors.ModelSim.Contracts;

/// <summary><c>response_format.json_schema</c>: <c>{"name", "description"?, "schema"?, "strict"?}</c>.</summary>
internal sealed record JsonSchemaFormatBody
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public JsonSchemaNode? Schema { get; init; }

    public bool? Strict { get; init; }
}
