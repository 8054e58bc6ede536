namespace LlmActors.ModelSim.Chat;

/// <summary>Every choice of a request and the usage they add up to.</summary>
internal sealed record ChatAnswer(IReadOnlyList<ChoiceAnswer> Choices, TokenUsage Usage)
{
    /// <summary>Choices are generated side by side, so the answer is complete when its longest choice is.</summary>
    public int LongestTokens => Choices.Max(c => c.CompletionTokens);
}
