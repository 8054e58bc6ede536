using System.Text.Json.Serialization;

namespace LlmActors.Api.Anthropic.Wire;

/// <summary>Anthropic's error body: <c>{"type": "error", "error": {"type", "message"}}</c>.</summary>
public sealed record AnthropicError([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("error")] AnthropicErrorDetail Error)
{
    public static AnthropicError Of(string type, string message) => new("error", new AnthropicErrorDetail(type, message));
}

public sealed record AnthropicErrorDetail([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("message")] string Message);

/// <summary><c>POST /v1/messages/count_tokens</c>'s answer.</summary>
public sealed record TokenCount([property: JsonPropertyName("input_tokens")] int InputTokens);
