using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>A content block: text, image, tool_use, tool_result, document or thinking; <c>cache_control</c> marks a cache breakpoint.</summary>
internal sealed record AnthropicBlockBody
{
    public string? Type { get; init; }

    public string? Text { get; init; }

    public AnthropicSourceBody? Source { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public JsonElement? Input { get; init; }

    public string? ToolUseId { get; init; }

    [JsonConverter(typeof(AnthropicContentConverter))]
    public AnthropicContent? Content { get; init; }

    public bool? IsError { get; init; }

    public JsonElement? CacheControl { get; init; }
}

/// <summary>An image or document source: base64 data with its media type, a URL, or (documents) plain text.</summary>
internal sealed record AnthropicSourceBody
{
    public string? Type { get; init; }

    public string? MediaType { get; init; }

    public string? Data { get; init; }

    public string? Url { get; init; }
}
