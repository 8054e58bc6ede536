using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

/// <summary><c>PUT /sim/models/{model}/fault</c>: camelCase, as the admin API has always been.</summary>
internal sealed record FaultBody
{
    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    [JsonPropertyName("delayMs")]
    public int? DelayMs { get; init; }
}
