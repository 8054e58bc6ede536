using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>
/// The JSON-schema subset OpenAI accepts for function parameters and structured outputs (keywords keep their
/// JSON-schema spelling). Keywords the generator does not use are ignored.
/// </summary>
internal sealed record JsonSchemaNode
{
    [JsonPropertyName("type")]
    [JsonConverter(typeof(SchemaTypeConverter))]
    public List<string>? Type { get; init; }

    [JsonPropertyName("properties")]
    public Dictionary<string, JsonSchemaNode>? Properties { get; init; }

    [JsonPropertyName("required")]
    public List<string>? Required { get; init; }

    [JsonPropertyName("enum")]
    public List<JsonElement>? Enum { get; init; }

    [JsonPropertyName("const")]
    public JsonElement? Const { get; init; }

    [JsonPropertyName("items")]
    public JsonSchemaNode? Items { get; init; }

    /// <summary><c>false</c> forbids keys beyond <see cref="Properties"/>; a schema or <c>true</c> allows them.</summary>
    [JsonPropertyName("additionalProperties")]
    public JsonElement? AdditionalProperties { get; init; }

    [JsonPropertyName("anyOf")]
    public List<JsonSchemaNode>? AnyOf { get; init; }

    [JsonPropertyName("oneOf")]
    public List<JsonSchemaNode>? OneOf { get; init; }

    [JsonPropertyName("allOf")]
    public List<JsonSchemaNode>? AllOf { get; init; }

    [JsonPropertyName("$ref")]
    public string? Ref { get; init; }

    [JsonPropertyName("$defs")]
    public Dictionary<string, JsonSchemaNode>? Defs { get; init; }

    [JsonPropertyName("definitions")]
    public Dictionary<string, JsonSchemaNode>? Definitions { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("format")]
    public string? Format { get; init; }

    [JsonPropertyName("minimum")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? Minimum { get; init; }

    [JsonPropertyName("maximum")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? Maximum { get; init; }

    /// <summary>A number in draft 2020-12; draft 4's boolean form is read as absent.</summary>
    [JsonPropertyName("exclusiveMinimum")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? ExclusiveMinimum { get; init; }

    [JsonPropertyName("exclusiveMaximum")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? ExclusiveMaximum { get; init; }

    [JsonPropertyName("minItems")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? MinItems { get; init; }

    [JsonPropertyName("maxItems")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? MaxItems { get; init; }

    [JsonPropertyName("minLength")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? MinLength { get; init; }

    [JsonPropertyName("maxLength")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? MaxLength { get; init; }

    /// <summary>The empty schema, which any value satisfies.</summary>
    public static JsonSchemaNode Anything { get; } = new();
}
