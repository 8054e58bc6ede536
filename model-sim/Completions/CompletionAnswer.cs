using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Completions;

/// <summary>Every choice of a legacy request (n per prompt, in prompt order) and their usage.</summary>
internal sealed record CompletionAnswer(IReadOnlyList<TextChoice> Choices, TokenUsage Usage)
{
    public int LongestTokens => Choices.Max(c => c.Answer.CompletionTokens);
}
