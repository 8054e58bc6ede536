using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record ChoiceLogprobs(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] List<TokenLogprob>? Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] List<TokenLogprob>? Refusal);
