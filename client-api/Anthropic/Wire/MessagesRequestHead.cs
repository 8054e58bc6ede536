using System.Text.Json;
using System.Text.Json.Serialization;
using LlmActors.Api.OpenAi.Wire;

namespace LlmActors.Api.Anthropic.Wire;

/// <summary>
/// What the gateway reads of an Anthropic Messages request (<c>/v1/messages</c> and <c>count_tokens</c>); the request
/// itself is forwarded as sent, or translated for an OpenAI-compatible provider.
/// </summary>
public sealed class MessagesRequestHead
{
    public string? Model { get; init; }
    public int? MaxTokens { get; init; }
    public List<AnthropicMessageHead?>? Messages { get; init; }
    [JsonConverter(typeof(TextOrListConverter<AnthropicBlockHead>))]
    public TextOrList<AnthropicBlockHead>? System { get; init; }
    public List<AnthropicToolHead?>? Tools { get; init; }
    public AnthropicToolChoiceHead? ToolChoice { get; init; }
    public List<string?>? StopSequences { get; init; }
    public double? Temperature { get; init; }
    public double? TopP { get; init; }
    public int? TopK { get; init; }
    public AnthropicMetadataHead? Metadata { get; init; }
    public bool? Stream { get; init; }
    public JsonElement? Thinking { get; init; }

    /// <summary>Every other field, kept only to tell Anthropic's fields from a vendor's (a project's strictParams).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; set; }
}

public sealed record AnthropicMessageHead(
    string? Role,
    [property: JsonConverter(typeof(TextOrListConverter<AnthropicBlockHead>))] TextOrList<AnthropicBlockHead>? Content);

public sealed record AnthropicMetadataHead(string? UserId);

/// <summary>A client tool (name, description, input_schema), or a server tool named by its <c>type</c>.</summary>
public sealed record AnthropicToolHead(string? Type, string? Name, string? Description, JsonElement? InputSchema);

public sealed record AnthropicToolChoiceHead(string? Type, string? Name, bool? DisableParallelToolUse);
