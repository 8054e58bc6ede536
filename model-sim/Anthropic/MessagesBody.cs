using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>
/// An Anthropic <c>/v1/messages</c> body: the fields the simulator acts on. Others (thinking, service_tier,
/// container, …) are accepted and ignored, as a vendor server would.
/// </summary>
internal sealed record MessagesBody
{
    public string? Model { get; init; }

    public int? MaxTokens { get; init; }

    public List<AnthropicMessageBody?>? Messages { get; init; }

    [JsonConverter(typeof(AnthropicContentConverter))]
    public AnthropicContent? System { get; init; }

    public List<AnthropicToolBody?>? Tools { get; init; }

    public AnthropicToolChoiceBody? ToolChoice { get; init; }

    public List<string>? StopSequences { get; init; }

    public double? Temperature { get; init; }

    public double? TopP { get; init; }

    public int? TopK { get; init; }

    public bool? Stream { get; init; }
}
