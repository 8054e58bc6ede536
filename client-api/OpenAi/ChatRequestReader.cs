using LlmActors.Api.OpenAi.Wire;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Validates a chat completion request as far as the gateway's own features need (a clear 400 naming the field before
/// any budget or model is touched) and reads what they need: the model, the messages' text for the estimate and the
/// routing rules, limits, user, streaming, and the request's shape (capabilities, tool schemas, media). Everything
/// else — fields OpenAI added last month, a vendor's extensions — is forwarded untouched.
/// </summary>
public static class ChatRequestReader
{
    public const int MaxMessages = 10_000;
    public const int MaxContentChars = 1_000_000;
    public const int MaxOutputTokens = 1_000_000;

    /// <summary>OpenAI's own chat completion fields; anything else is a vendor's (refused only under strictParams).</summary>
    public static readonly HashSet<string> OpenAiFields =
    [
        "model", "messages", "audio", "frequency_penalty", "function_call", "functions", "logit_bias", "logprobs",
        "max_completion_tokens", "max_tokens", "metadata", "modalities", "n", "parallel_tool_calls", "prediction",
        "presence_penalty", "prompt_cache_key", "prompt_cache_retention", "reasoning_effort", "response_format",
        "safety_identifier", "seed", "service_tier", "stop", "store", "stream", "stream_options", "temperature",
        "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity", "web_search_options",
    ];

    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static ParsedChat Read(byte[] body, string projectId, string requestId)
    {
        var head = WireErrors.Read(body, ApiJsonContext.Default.ChatRequestHead);
        var model = RequestRules.Model(head.Model);
        var (messages, needs, extra, media) = Messages(head.Messages);
        RequestRules.Range(head.Temperature, 0, 2, "temperature");
        RequestRules.Range(head.TopP, 0, 1, "top_p");
        RequestRules.Range(head.PresencePenalty, -2, 2, "presence_penalty");
        RequestRules.Range(head.FrequencyPenalty, -2, 2, "frequency_penalty");
        RequestRules.Range(head.N, 1, 128, "n");
        RequestRules.Range(head.TopLogprobs, 0, 20, "top_logprobs");
        var maxTokens = RequestRules.Range(head.MaxCompletionTokens, 1, MaxOutputTokens, "max_completion_tokens")
            ?? RequestRules.Range(head.MaxTokens, 1, MaxOutputTokens, "max_tokens");
        var user = RequestRules.User(head.User);
        var stop = RequestRules.Stop(head.Stop);

        needs |= Tools(head, extra);
        var format = head.ResponseFormat?.Type;
        if (format == "json_schema")
        {
            needs |= ModelCapabilities.JsonSchema;
            if (head.ResponseFormat!.JsonSchema?.Schema is { } schema)
            {
                extra.Add(schema.GetRawText());
            }
        }

        if (head.ReasoningEffort is not null)
        {
            needs |= ModelCapabilities.Reasoning;
        }

        if (head.Modalities?.Contains("audio") == true)
        {
            needs |= ModelCapabilities.Audio;
        }

        if (head.Prediction?.Content is { } prediction)
        {
            extra.Add(ContentText(prediction));
        }

        var stream = head.Stream ?? false;
        var includeUsage = stream && head.StreamOptions?.IncludeUsage == true;
        var shape = new PromptShape(needs, [.. extra], media, head.N ?? 1, RequestRules.Unknown(head.Others, OpenAiFields), head.Logprobs == true, includeUsage);
        var sampling = new ChatSampling(
            maxTokens, (float?)head.Temperature, (float?)head.TopP, (float?)head.FrequencyPenalty, (float?)head.PresencePenalty, head.Seed, stop,
            JsonObject: format == "json_object");
        return new ParsedChat(new ChatRequest(projectId, user, requestId, model, messages, sampling, body, shape), stream, includeUsage);
    }

    private static (ChatMessage[] Messages, ModelCapabilities Needs, List<string> Extra, int Media) Messages(List<MessageHead>? list)
    {
        if (list is null)
        {
            throw new InvalidRequestException("'messages' is required.", "messages");
        }

        if (list.Count is 0 or > MaxMessages)
        {
            throw new InvalidRequestException($"'messages' must be an array of 1 to {MaxMessages} messages.", "messages");
        }

        var messages = new ChatMessage[list.Count];
        var needs = ModelCapabilities.None;
        var extra = new List<string>();
        var media = 0;
        var total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var param = $"messages[{i}]";
            var message = list[i] ?? throw new InvalidRequestException($"'{param}' must be an object.", param);
            if (message.Role is not { } role || !Roles.Contains(role))
            {
                throw new InvalidRequestException("'role' must be one of system, developer, user, assistant, tool, function.", $"{param}.role");
            }

            var calls = message.ToolCalls is { Count: > 0 } || message.FunctionCall is not null;
            if (message.Content is null && !(role == "assistant" && (calls || message.Refusal is not null)))
            {
                throw new InvalidRequestException($"'{param}.content' is required.", $"{param}.content");
            }

            if (role == "tool" && message.ToolCallId is not { Length: > 0 })
            {
                throw new InvalidRequestException($"'{param}.tool_call_id' is required for a tool message.", $"{param}.tool_call_id");
            }

            if (role is "tool" or "function" || calls)
            {
                needs |= ModelCapabilities.Tools;
            }

            foreach (var call in message.ToolCalls ?? [])
            {
                extra.Add(call?.Function?.Name + call?.Function?.Arguments);
            }

            if (message.FunctionCall is { } functionCall)
            {
                extra.Add(functionCall.Name + functionCall.Arguments);
            }

            var text = message.Content is null ? message.Refusal ?? "" : ContentText(message.Content);
            foreach (var part in message.Content?.Parts ?? [])
            {
                (needs, media) = Part(part, $"{param}.content", needs, media);
            }

            total += text.Length;
            if (total > MaxContentChars)
            {
                throw new InvalidRequestException($"The messages hold more than {MaxContentChars} characters.", "messages");
            }

            messages[i] = new ChatMessage(role, text);
        }

        return (messages, needs, extra, media);
    }

    private static (ModelCapabilities, int) Part(ContentPartHead? part, string param, ModelCapabilities needs, int media)
    {
        switch (part?.Type)
        {
            case null:
                throw new InvalidRequestException($"Each part of '{param}' must be an object with a 'type'.", param);
            case "image_url" when part.ImageUrl is { Url: { Length: > 0 } } image:
                return (needs | ModelCapabilities.Vision, media + MediaTokens.Image(image));
            case "image_url":
                throw new InvalidRequestException($"An image part of '{param}' needs 'image_url.url'.", param);
            case "input_audio" when part.InputAudio is { } audio:
                return (needs | ModelCapabilities.Audio, media + MediaTokens.Audio(audio));
            case "file" when part.File is { } file:
                return (needs | ModelCapabilities.Files, media + MediaTokens.File(file));
            default:
                // text, refusal, and part types this gateway does not know: forwarded; their text is counted.
                return (needs, media);
        }
    }

    private static string ContentText(MessageContent content) =>
        content.Text ?? string.Join("\n", content.Parts?.Select(p => p?.Text ?? p?.Refusal).Where(t => t is not null) ?? []);

    private static ModelCapabilities Tools(ChatRequestHead head, List<string> extra)
    {
        var needs = ModelCapabilities.None;
        for (var i = 0; i < (head.Tools?.Count ?? 0); i++)
        {
            var tool = head.Tools![i] ?? throw new InvalidRequestException($"'tools[{i}]' must be an object.", $"tools[{i}]");
            if (tool.Type is null)
            {
                throw new InvalidRequestException($"'tools[{i}].type' is required.", $"tools[{i}].type");
            }

            if (tool.Type == "function" && tool.Function?.Name is not { Length: > 0 })
            {
                throw new InvalidRequestException($"'tools[{i}].function.name' is required.", $"tools[{i}].function.name");
            }

            extra.Add(Describe(tool.Function));
            needs = ModelCapabilities.Tools;
        }

        for (var i = 0; i < (head.Functions?.Count ?? 0); i++)
        {
            var function = head.Functions![i];
            if (function?.Name is not { Length: > 0 })
            {
                throw new InvalidRequestException($"'functions[{i}].name' is required.", $"functions[{i}].name");
            }

            extra.Add(Describe(function));
            needs = ModelCapabilities.Tools;
        }

        return needs;
    }

    private static string Describe(FunctionHead? function) =>
        function is null ? "" : $"{function.Name} {function.Description} {function.Parameters?.GetRawText()}";
}
