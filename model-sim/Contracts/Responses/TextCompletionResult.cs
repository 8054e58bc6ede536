namespace LlmActors.ModelSim.Contracts;

/// <summary>A legacy <c>text_completion</c>, whole or one streamed chunk.</summary>
internal sealed record TextCompletionResult(
    string Id,
    string Object,
    long Created,
    string Model,
    string SystemFingerprint,
    List<TextChoiceResult> Choices,
    UsageResult? Usage);
