using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Chat;

/// <summary>Usage with OpenAI's breakdowns: cached and audio prompt tokens; reasoning, audio and prediction completion tokens.</summary>
internal sealed record TokenUsage(int PromptTokens, int CompletionTokens)
{
    public int CachedTokens { get; init; }

    public int PromptAudioTokens { get; init; }

    public int ReasoningTokens { get; init; }

    public int CompletionAudioTokens { get; init; }

    public int AcceptedPredictionTokens { get; init; }

    public int RejectedPredictionTokens { get; init; }

    public UsageResult ToResult() => new(
        PromptTokens,
        CompletionTokens,
        PromptTokens + CompletionTokens,
        new PromptTokensDetails(CachedTokens, PromptAudioTokens),
        new CompletionTokensDetails(ReasoningTokens, CompletionAudioTokens, AcceptedPredictionTokens, RejectedPredictionTokens));

    /// <summary>Legacy completions never had the breakdowns.</summary>
    public UsageResult ToLegacyResult() => new(PromptTokens, CompletionTokens, PromptTokens + CompletionTokens, null, null);
}
