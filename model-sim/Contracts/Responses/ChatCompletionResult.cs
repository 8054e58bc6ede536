namespace LlmActors.ModelSim.Contracts;

/// <summary>A whole <c>chat.completion</c>.</summary>
internal sealed record ChatCompletionResult(
    string Id,
    string Object,
    long Created,
    string Model,
    List<ChatChoiceResult> Choices,
    UsageResult Usage,
    string ServiceTier,
    string SystemFingerprint);
