using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>One choice: reasoning first (on a reasoning model), then the calls or the text, then what else was asked for.</summary>
internal static class ChoiceComposer
{
    public static ChoiceAnswer Compose(ChatRequest request, IReadOnlyList<ToolFunction> calls, int index, ulong seed, int promptTokens)
    {
        var random = new SeededRandom(seed);
        var reasoning = ReasoningBudget.Tokens(request, promptTokens, seed);
        var limit = request.MaxTokens;
        if (limit is { } max && reasoning > 0)
        {
            if (reasoning >= max)
            {
                // The whole budget went on thinking, as with OpenAI: nothing visible, finish_reason "length".
                return new ChoiceAnswer(index, new AnswerBuilder().Build(null, null), [], "length") { ReasoningTokens = max };
            }

            limit = max - reasoning;
        }

        if (calls.Count > 0)
        {
            var planned = new List<PlannedCall>(calls.Count);
            foreach (var function in calls)
            {
                planned.Add(CallWriter.Plan(function, request, ref random));
            }

            var legacy = request.Tools.Legacy;
            return new ChoiceAnswer(index, new AnswerBuilder().Build(null, null), planned, legacy ? "function_call" : "tool_calls")
            {
                LegacyFunction = legacy,
                ReasoningTokens = reasoning,
            };
        }

        var builder = new AnswerBuilder();
        TextComposer.Write(builder, request, promptTokens, ref random);
        var text = builder.Build(limit, request.Stop);
        var (accepted, rejected) = Prediction(request.Prediction, text.Text);
        return new ChoiceAnswer(index, text, [], text.FinishReason)
        {
            ReasoningTokens = reasoning,
            Audio = request.AudioFormat is { } format ? SpokenAnswer.For(text.Text, format, seed) : null,
            AudioTokens = request.AudioFormat is null ? 0 : SpokenAnswer.Tokens(text.Text),
            Logprobs = request.Logprobs ? LogprobGenerator.For(text.Text, seed, request.TopLogprobs) : null,
            AcceptedPredictionTokens = accepted,
            RejectedPredictionTokens = rejected,
        };
    }

    /// <summary>Predicted output: the prefix it shares with the answer is accepted, the rest of it rejected (and billed).</summary>
    private static (int Accepted, int Rejected) Prediction(string? prediction, string text)
    {
        if (string.IsNullOrEmpty(prediction))
        {
            return (0, 0);
        }

        var accepted = SimTokenizer.Count(prediction[..prediction.AsSpan().CommonPrefixLength(text)]);
        return (accepted, SimTokenizer.Count(prediction) - accepted);
    }
}
