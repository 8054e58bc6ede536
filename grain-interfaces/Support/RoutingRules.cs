namespace LlmActors.Support;

/// <summary>
/// A project's routing rules. A message is an FAQ when it contains one of <paramref name="FaqKeywords"/>
/// (characters or words in order, a few others allowed between) or is at least <paramref name="FaqSimilarity"/>
/// similar to one of <paramref name="FaqExamples"/>. An FAQ before turn <paramref name="SimpleBelowTurns"/> goes to
/// the simple tier; anything before turn <paramref name="ComplexFromTurns"/> to medium; later turns to complex.
/// A message longer than <paramref name="LongMessageChars"/> is never simple. A cached answer is served when the
/// question is at least <paramref name="CacheThreshold"/> similar to a cached one, and, when the project lists
/// <paramref name="FaqIntents"/>, both are clearly nearest the same intent (or neither is near any).
/// </summary>
[GenerateSerializer, Immutable, Alias("support.routing-rules")]
public sealed record RoutingRules(
    [property: Id(0)] IReadOnlyList<string> FaqKeywords,
    [property: Id(1)] IReadOnlyList<string> FaqExamples,
    [property: Id(2)] int SimpleBelowTurns,
    [property: Id(3)] int ComplexFromTurns,
    [property: Id(4)] int LongMessageChars,
    [property: Id(5)] TierModels TierModels,
    [property: Id(6)] float CacheThreshold,
    [property: Id(7)] float FaqSimilarity,
    [property: Id(8)] IReadOnlyList<FaqIntent>? FaqIntents = null)
{
    /// <summary>The intents, empty when none are set (rules stored before intents existed have none).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<FaqIntent> Intents => FaqIntents ?? [];
}
