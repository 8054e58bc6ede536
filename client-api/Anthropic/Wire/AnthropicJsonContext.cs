using System.Text.Json.Serialization;

namespace LlmActors.Api.Anthropic.Wire;

/// <summary>The Messages door's wire contracts, source-generated: snake_case as Anthropic writes them, a field given twice refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(MessagesRequestHead))]
[JsonSerializable(typeof(List<AnthropicBlockHead?>))]
[JsonSerializable(typeof(AnthropicError))]
[JsonSerializable(typeof(TokenCount))]
public sealed partial class AnthropicJsonContext : JsonSerializerContext;
