using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record FaultResult(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("delayMs")] int DelayMs);
