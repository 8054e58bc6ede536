using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Anthropic;

internal sealed record AnthropicMessageBody
{
    public string? Role { get; init; }

    [JsonConverter(typeof(AnthropicContentConverter))]
    public AnthropicContent? Content { get; init; }
}
