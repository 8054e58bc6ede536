using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record EmbeddingBody
{
    public string? Model { get; init; }

    [JsonConverter(typeof(TextOrTokensConverter))]
    public TextOrTokens? Input { get; init; }

    public string? EncodingFormat { get; init; }

    public int? Dimensions { get; init; }
}
