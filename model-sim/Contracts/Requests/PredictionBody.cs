using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary>Predicted output: <c>{"type":"content","content": string | parts}</c>.</summary>
internal sealed record PredictionBody
{
    public string? Type { get; init; }

    [JsonConverter(typeof(MessageContentConverter))]
    public MessageContent? Content { get; init; }
}
