using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// One choice of an answer: text (<see cref="Text"/>) or calls (<see cref="Calls"/>), the reasoning spent first,
/// and what else was asked for (spoken audio, logprobs, a prediction's accepted and rejected tokens).
/// </summary>
internal sealed record ChoiceAnswer(int Index, Answer Text, IReadOnlyList<PlannedCall> Calls, string FinishReason)
{
    public bool LegacyFunction { get; init; }

    public int ReasoningTokens { get; init; }

    public AudioResult? Audio { get; init; }

    public int AudioTokens { get; init; }

    public List<PositionedLogprob>? Logprobs { get; init; }

    public int AcceptedPredictionTokens { get; init; }

    public int RejectedPredictionTokens { get; init; }

    /// <summary>Visible output: the text's tokens, or the calls'.</summary>
    public int OutputTokens => Calls.Count > 0 ? Calls.Sum(c => c.Tokens) : Text.CompletionTokens;

    /// <summary>Everything billed as output: reasoning, visible, spoken and rejected-prediction tokens.</summary>
    public int CompletionTokens => ReasoningTokens + OutputTokens + AudioTokens + RejectedPredictionTokens;
}
