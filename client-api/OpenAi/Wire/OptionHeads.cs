using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

public sealed record StreamOptionsHead(bool? IncludeUsage);

/// <summary><c>response_format</c>: text, json_object, json_schema (with its schema, which is sent to the model as prompt).</summary>
public sealed record ResponseFormatHead(string? Type, JsonSchemaHead? JsonSchema);

public sealed record JsonSchemaHead(string? Name, JsonElement? Schema, bool? Strict);

/// <summary>Predicted output: its text is billed as prompt.</summary>
public sealed record PredictionHead(string? Type, MessageContent? Content);

/// <summary><c>stop</c>: one string or a list of them.</summary>
[JsonConverter(typeof(StopHeadConverter))]
public sealed record StopHead(string[] Values);
