using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record TextChoiceResult(
    string Text,
    int Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] LegacyLogprobs? Logprobs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FinishReason);
