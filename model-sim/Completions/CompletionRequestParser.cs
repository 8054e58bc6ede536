using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Completions;

/// <summary>Validates a bound <c>/v1/completions</c> body; every refusal is a 400 naming the field.</summary>
internal static class CompletionRequestParser
{
    public static CompletionRequest Parse(CompletionBody body, ModelCatalog catalog)
    {
        var model = catalog.Require(body.Model, "/v1/completions", ModelKind.Chat, ModelKind.Code);
        FieldRules.Range(body.Temperature, "temperature", 0, 2);
        FieldRules.Range(body.TopP, "top_p", 0, 1);
        FieldRules.Range(body.PresencePenalty, "presence_penalty", -2, 2);
        FieldRules.Range(body.FrequencyPenalty, "frequency_penalty", -2, 2);
        FieldRules.Range(body.BestOf, "best_of", 1, 20);
        FieldRules.LogitBias(body.LogitBias, "logit_bias");
        if (body.Stop is { Count: > 4 })
        {
            throw SimError.BadRequest("'stop' may hold at most 4 sequences.", "stop");
        }

        var stream = body.Stream ?? false;
        return new CompletionRequest
        {
            Model = model,
            Prompts = Prompts(body.Prompt),
            Suffix = body.Suffix,
            MaxTokens = FieldRules.Range(body.MaxTokens, "max_tokens", 0, 1_000_000) ?? CompletionRequest.DefaultMaxTokens,
            Stop = body.Stop is { Count: > 0 } stop ? stop.ToArray() : null,
            N = FieldRules.Range(body.N, "n", 1, 128) ?? 1,
            Stream = stream,
            IncludeUsage = stream && (body.StreamOptions?.IncludeUsage ?? false),
            Echo = body.Echo ?? false,
            Logprobs = FieldRules.Range(body.Logprobs, "logprobs", 0, 5),
            Seed = body.Seed,
        };
    }

    /// <summary>Strings as they are, token arrays decoded; no prompt at all is the empty prompt (OpenAI's end-of-text).</summary>
    private static List<string> Prompts(TextOrTokens? prompt)
    {
        if (prompt is null || prompt.Count == 0)
        {
            return [""];
        }

        if (prompt.Texts is { } texts)
        {
            return texts;
        }

        return prompt.Tokens!.Select((ids, i) => TokenText.Decode(ids, prompt.Flat ? "prompt" : $"prompt[{i}]")).ToList();
    }
}
