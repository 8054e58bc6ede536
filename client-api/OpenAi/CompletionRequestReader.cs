using System.Text.Json;
using LlmActors.Api.OpenAi.Wire;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Validates a legacy <c>/v1/completions</c> request (prompt, suffix for fill-in-the-middle) as far as the gateway's
/// features need, and reads the prompt's text for the estimate; the request itself is forwarded as sent.
/// </summary>
public static class CompletionRequestReader
{
    public const int MaxPromptChars = ChatRequestReader.MaxContentChars;

    /// <summary>OpenAI's own legacy completion fields.</summary>
    public static readonly HashSet<string> OpenAiFields =
    [
        "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs", "max_tokens", "n",
        "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix", "temperature", "top_p", "user",
    ];

    public static ParsedChat Read(byte[] body, string projectId, string requestId)
    {
        var head = WireErrors.Read(body, ApiJsonContext.Default.CompletionRequestHead);
        var model = RequestRules.Model(head.Model);
        RequestRules.Range(head.Temperature, 0, 2, "temperature");
        RequestRules.Range(head.TopP, 0, 1, "top_p");
        RequestRules.Range(head.N, 1, 128, "n");
        RequestRules.Range(head.BestOf, 1, 128, "best_of");
        RequestRules.Range(head.Logprobs, 0, 20, "logprobs");
        var maxTokens = RequestRules.Range(head.MaxTokens, 0, ChatRequestReader.MaxOutputTokens, "max_tokens");
        var user = RequestRules.User(head.User);
        var stop = RequestRules.Stop(head.Stop);
        var (prompt, tokenIds) = Prompt(head.Prompt);
        if (prompt.Length + (head.Suffix?.Length ?? 0) > MaxPromptChars)
        {
            throw new InvalidRequestException($"The prompt holds more than {MaxPromptChars} characters.", "prompt");
        }

        var stream = head.Stream ?? false;
        var includeUsage = stream && head.StreamOptions?.IncludeUsage == true;
        var choices = Math.Max(head.N ?? 1, head.BestOf ?? 1);
        var shape = new PromptShape(ModelCapabilities.None, head.Suffix is { Length: > 0 } suffix ? [suffix] : [], tokenIds, choices,
            RequestRules.Unknown(head.Others, OpenAiFields), head.Logprobs is > 0, includeUsage);
        var sampling = new ChatSampling(maxTokens is 0 ? null : maxTokens, (float?)head.Temperature, (float?)head.TopP, Seed: head.Seed, Stop: stop);
        return new ParsedChat(
            new ChatRequest(projectId, user, requestId, model, [new ChatMessage("user", prompt)], sampling, body, shape, ChatEndpoint.Completions),
            stream, includeUsage);
    }

    /// <summary>The prompt's text (strings joined), and how many tokens it gives as token ids.</summary>
    private static (string Text, int TokenIds) Prompt(JsonElement? prompt)
    {
        switch (prompt?.ValueKind)
        {
            case null or JsonValueKind.Null:
                return ("", 0);
            case JsonValueKind.String:
                return (RequestRules.Text(prompt.Value, "prompt"), 0);
            case JsonValueKind.Array:
                var texts = new List<string>();
                var ids = 0;
                foreach (var item in prompt.Value.EnumerateArray())
                {
                    switch (item.ValueKind)
                    {
                        case JsonValueKind.String:
                            texts.Add(RequestRules.Text(item, "prompt"));
                            break;
                        case JsonValueKind.Number:
                            ids++;
                            break;
                        case JsonValueKind.Array when item.EnumerateArray().All(t => t.ValueKind == JsonValueKind.Number):
                            ids += item.GetArrayLength();
                            break;
                        default:
                            throw new InvalidRequestException("'prompt' must be a string, an array of strings, or token ids.", "prompt");
                    }
                }

                return (string.Join("\n", texts), ids);
            default:
                throw new InvalidRequestException("'prompt' must be a string, an array of strings, or token ids.", "prompt");
        }
    }
}
