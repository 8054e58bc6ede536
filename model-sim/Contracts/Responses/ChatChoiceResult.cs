using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record ChatChoiceResult(
    int Index,
    AssistantMessageResult Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ChoiceLogprobs? Logprobs,
    string FinishReason);
