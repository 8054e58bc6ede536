namespace LlmActors.ModelSim.Contracts;

internal sealed record ResponseFormatBody
{
    public string? Type { get; init; }

    public JsonSchemaFormatBody? JsonSchema { get; init; }
}
