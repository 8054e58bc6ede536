using System.Text.Json;
using System.Text.Json.Serialization;
using LlmActors.Api.OpenAi.Wire;

namespace LlmActors.Api.Anthropic.Wire;

/// <summary>
/// A content block: text, image, document, tool_use, tool_result, thinking, or a server tool's block. The gateway
/// reads what it needs for the estimate and the checks; the rest (cache_control, citations, signatures) is forwarded.
/// </summary>
public sealed record AnthropicBlockHead
{
    public string? Type { get; init; }
    public string? Text { get; init; }
    public AnthropicSourceHead? Source { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public JsonElement? Input { get; init; }
    public string? ToolUseId { get; init; }
    [JsonConverter(typeof(TextOrListConverter<AnthropicBlockHead>))]
    public TextOrList<AnthropicBlockHead>? Content { get; init; }
    public string? Thinking { get; init; }
}

public sealed record AnthropicSourceHead(string? Type, string? MediaType, string? Data, string? Url);
