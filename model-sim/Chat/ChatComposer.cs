using LlmActors.ModelSim.Caching;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>Turns a chat request into its deterministic answer (every choice) and its usage.</summary>
internal static class ChatComposer
{
    public static ChatAnswer Compose(ChatRequest request, PromptCache cache)
    {
        var prompt = PromptCounter.Count(request);
        var cached = prompt.Tokens >= PromptCache.MinimumPrefix
            ? Math.Min(prompt.Tokens, cache.CachedTokens(request.Model.Name + "\n" + request.PromptCacheKey, PromptIds.Of(request)))
            : 0;
        var calls = ToolPlanner.Choose(request);
        var seed = Seed(request);
        var choices = new ChoiceAnswer[request.N];
        for (var i = 0; i < choices.Length; i++)
        {
            // Choice 0 keeps the conversation's own seed, so n = 1 answers what it always did.
            choices[i] = ChoiceComposer.Compose(request, calls, i, i == 0 ? seed : StableHash.Mix(seed + (0x9E3779B97F4A7C15 * (ulong)i)), prompt.Tokens);
        }

        var usage = new TokenUsage(prompt.Tokens, choices.Sum(c => c.CompletionTokens))
        {
            CachedTokens = cached,
            PromptAudioTokens = prompt.AudioTokens,
            ReasoningTokens = choices.Sum(c => c.ReasoningTokens),
            CompletionAudioTokens = choices.Sum(c => c.AudioTokens),
            AcceptedPredictionTokens = choices.Sum(c => c.AcceptedPredictionTokens),
            RejectedPredictionTokens = choices.Sum(c => c.RejectedPredictionTokens),
        };
        return new ChatAnswer(choices, usage);
    }

    /// <summary>Model and every message (and the request's own seed, if any): the same conversation gets the same answer.</summary>
    private static ulong Seed(ChatRequest request)
    {
        var hash = StableHash.Of(request.Model.Name);
        foreach (var message in request.Messages)
        {
            hash = StableHash.Of(message.Role, hash);
            hash = StableHash.Of(message.Content, hash);
            foreach (var call in message.ToolCalls)
            {
                hash = StableHash.Of(call.Name + call.Arguments, hash);
            }

            foreach (var part in message.Media)
            {
                hash = StableHash.Of(part.Fingerprint, hash);
            }
        }

        return request.Seed is { } seed ? hash ^ StableHash.Mix((ulong)seed) : hash;
    }
}
