using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Completions;

/// <summary>
/// Answers a legacy completion deterministically: the middle for a fill-in-the-middle request (a <c>suffix</c>, or
/// a FIM template in the prompt), code from a code model, else prose continuing the prompt. Choices are ordered
/// prompt by prompt, <c>n</c> each; prompt tokens count each prompt (and the suffix) once.
/// </summary>
internal static class CompletionComposer
{
    public static CompletionAnswer Compose(CompletionRequest request)
    {
        var choices = new List<TextChoice>(request.Prompts.Count * request.N);
        var promptTokens = 0;
        foreach (var prompt in request.Prompts)
        {
            var tokens = SimTokenizer.Count(prompt) + SimTokenizer.Count(request.Suffix ?? "");
            promptTokens += tokens;
            var seed = StableHash.Of(request.Suffix ?? "", StableHash.Of(prompt, StableHash.Of(request.Model.Name)));
            seed = request.Seed is { } own ? seed ^ StableHash.Mix((ulong)own) : seed;
            for (var i = 0; i < request.N; i++)
            {
                var choiceSeed = i == 0 ? seed : StableHash.Mix(seed + (0x9E3779B97F4A7C15 * (ulong)i));
                var random = new SeededRandom(choiceSeed);
                var builder = new AnswerBuilder();
                Write(builder, request, prompt, tokens, ref random);
                var answer = builder.Build(request.MaxTokens, request.Stop);
                var logprobs = request.Logprobs is { } top ? LogprobGenerator.For(answer.Text, choiceSeed, top) : null;
                choices.Add(new TextChoice(choices.Count, answer, request.Echo ? prompt : "", logprobs, request.Logprobs ?? 0));
            }
        }

        return new CompletionAnswer(choices, new TokenUsage(promptTokens, choices.Sum(c => c.Answer.CompletionTokens)));
    }

    private static void Write(AnswerBuilder answer, CompletionRequest request, string prompt, int promptTokens, ref SeededRandom random)
    {
        if (request.Suffix is { } suffix)
        {
            FimGenerator.Write(answer, request.Model, prompt, suffix, ref random);
        }
        else if (FimPrompt.TryParse(prompt, out var prefix, out var middleSuffix))
        {
            FimGenerator.Write(answer, request.Model, prefix, middleSuffix, ref random);
        }
        else if (request.Model.Kind == ModelKind.Code)
        {
            CodeGenerator.Write(answer, request.Model, prompt, ref random);
        }
        else
        {
            ProseGenerator.Write(answer, request.Model, prompt, promptTokens, ref random);
        }
    }
}
