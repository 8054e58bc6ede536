using System.Text.Json.Serialization;

namespace LlmActors.Api.Responses.Wire;

/// <summary>The Responses door's wire contracts, source-generated: snake_case as OpenAI writes them, a field given twice refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(ResponsesRequestHead))]
[JsonSerializable(typeof(List<ResponsesItemHead?>))]
[JsonSerializable(typeof(List<ResponsesPartHead?>))]
[JsonSerializable(typeof(ResponseDeleted))]
public sealed partial class ResponsesJsonContext : JsonSerializerContext;
