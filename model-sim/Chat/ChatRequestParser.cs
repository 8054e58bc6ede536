using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Tools;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Validates a bound <c>/v1/chat/completions</c> body; every refusal is a 400 naming the field. Fields OpenAI
/// accepts and the simulator does not act on pass without a word.
/// </summary>
internal static class ChatRequestParser
{
    private static readonly string[] Efforts = ["none", "minimal", "low", "medium", "high", "xhigh"];

    public static ChatRequest Parse(ChatCompletionBody body, ModelCatalog catalog)
    {
        var model = catalog.Require(body.Model, "/v1/chat/completions", ModelKind.Chat, ModelKind.Code, ModelKind.Moderation);
        var stream = body.Stream ?? false;
        FieldRules.Range(body.Temperature, "temperature", 0, 2);
        FieldRules.Range(body.TopP, "top_p", 0, 1);
        FieldRules.Range(body.PresencePenalty, "presence_penalty", -2, 2);
        FieldRules.Range(body.FrequencyPenalty, "frequency_penalty", -2, 2);
        FieldRules.LogitBias(body.LogitBias, "logit_bias");
        var maxCompletion = FieldRules.Range(body.MaxCompletionTokens, "max_completion_tokens", 1, 1_000_000);
        var maxTokens = FieldRules.Range(body.MaxTokens, "max_tokens", 1, 1_000_000);
        if (body.Stop is { Count: > 4 })
        {
            throw SimError.BadRequest("'stop' may hold at most 4 sequences.", "stop");
        }

        var tier = FieldRules.OneOf(body.ServiceTier, "service_tier", "auto", "default", "flex", "scale", "priority");
        return new ChatRequest
        {
            Model = model,
            Messages = MessageParser.Parse(body.Messages),
            Stream = stream,
            IncludeUsage = stream && (body.StreamOptions?.IncludeUsage ?? false),
            MaxTokens = maxCompletion ?? maxTokens,
            Stop = body.Stop is { Count: > 0 } stop ? stop.ToArray() : null,
            Output = ResponseFormatParser.Parse(body.ResponseFormat),
            Seed = body.Seed,
            N = FieldRules.Range(body.N, "n", 1, 128) ?? 1,
            Tools = ToolParser.Parse(body),
            Logprobs = body.Logprobs ?? false,
            TopLogprobs = FieldRules.Range(body.TopLogprobs, "top_logprobs", 0, 20) ?? 0,
            // Lenient like most OpenAI-compatible servers: a model that does not reason ignores the effort.
            ReasoningEffort = model.Profile.Reasoning ? FieldRules.OneOf(body.ReasoningEffort, "reasoning_effort", Efforts) : null,
            ServiceTier = tier is null or "auto" ? "default" : tier,
            PromptCacheKey = body.PromptCacheKey,
            AudioFormat = AudioFormat(body),
            Prediction = body.Prediction?.Content is { } content ? content.Text ?? string.Join("\n", content.Parts?.Select(p => p?.Text) ?? []) : null,
        };
    }

    private static string? AudioFormat(ChatCompletionBody body)
    {
        var modalities = body.Modalities ?? [];
        for (var i = 0; i < modalities.Count; i++)
        {
            FieldRules.OneOf(modalities[i], $"modalities[{i}]", "text", "audio");
        }

        return modalities.Contains("audio")
            ? FieldRules.OneOf(body.Audio?.Format, "audio.format", "wav", "mp3", "flac", "opus", "aac", "pcm16") ?? "wav"
            : null;
    }
}
