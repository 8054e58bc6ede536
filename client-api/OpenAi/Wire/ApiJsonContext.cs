using System.Text.Json.Serialization;

namespace LlmActors.Api.OpenAi.Wire;

/// <summary>
/// The API's wire contracts for the forwarded routes, source-generated: snake_case as OpenAI writes them, a field
/// given twice refused (a provider might read the other copy than the gateway checked).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(ChatRequestHead))]
[JsonSerializable(typeof(CompletionRequestHead))]
[JsonSerializable(typeof(List<ContentPartHead>))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
