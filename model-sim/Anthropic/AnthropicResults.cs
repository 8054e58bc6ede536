using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>A whole Anthropic message, and the <c>message</c> of a stream's <c>message_start</c>.</summary>
internal sealed record AnthropicMessageResult(
    string Id,
    string Type,
    string Role,
    string Model,
    List<AnthropicBlockResult> Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StopReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StopSequence,
    AnthropicUsageResult Usage);

/// <summary>A text or tool_use block (whole, or as a stream's <c>content_block_start</c> opens it).</summary>
internal sealed record AnthropicBlockResult(string Type, string? Text = null, string? Id = null, string? Name = null, JsonElement? Input = null);

/// <summary>Anthropic counts cache reads and writes apart from <c>input_tokens</c>.</summary>
internal sealed record AnthropicUsageResult(int InputTokens, int OutputTokens, int CacheCreationInputTokens = 0, int CacheReadInputTokens = 0);

/// <summary>One stream event; each type carries its own subset of these fields.</summary>
internal sealed record AnthropicEvent(string Type)
{
    public int? Index { get; init; }

    public AnthropicMessageResult? Message { get; init; }

    public AnthropicBlockResult? ContentBlock { get; init; }

    public AnthropicDeltaResult? Delta { get; init; }

    public AnthropicUsageResult? Usage { get; init; }
}

/// <summary>A block delta (<c>text_delta</c>, <c>input_json_delta</c>) or the message's closing delta (stop reason).</summary>
internal sealed record AnthropicDeltaResult(string? Type = null, string? Text = null, string? PartialJson = null, string? StopReason = null, string? StopSequence = null);

/// <summary><c>{"type": "error", "error": {"type", "message"}}</c>, Anthropic's error body.</summary>
internal sealed record AnthropicErrorResult(string Type, AnthropicErrorDetail Error);

internal sealed record AnthropicErrorDetail(string Type, string Message);
