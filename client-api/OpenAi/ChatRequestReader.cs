using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Validates an OpenAI chat completion body. Every field OpenAI defines is either honoured or refused with a
/// 400 naming it; unknown fields are refused as OpenAI refuses them.
/// </summary>
public static class ChatRequestReader
{
    public const int MaxMessages = 1024;
    public const int MaxContentChars = 1_000_000;
    public const int MaxOutputTokens = 128_000;

    private static readonly HashSet<string> Honoured =
    [
        "model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "n", "stream", "stream_options",
        "stop", "presence_penalty", "frequency_penalty", "seed", "user", "response_format", "logprobs", "store", "metadata",
    ];

    private static readonly HashSet<string> Unsupported =
    [
        "tools", "tool_choice", "parallel_tool_calls", "functions", "function_call", "logit_bias", "top_logprobs", "audio",
        "modalities", "prediction", "reasoning_effort", "service_tier", "web_search_options", "verbosity", "prompt_cache_key",
        "safety_identifier",
    ];

    private static readonly HashSet<string> Roles = ["system", "developer", "user", "assistant"];

    public static ParsedChat Read(JsonElement body, string projectId, string requestId)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (Unsupported.Contains(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
            {
                throw new InvalidRequestException($"'{property.Name}' is not supported by this gateway.", property.Name, code: "unsupported_parameter");
            }
        }

        JsonFields.RejectUnknown(body, Honoured.Concat(Unsupported).ToHashSet());
        var model = JsonFields.RequiredString(body, "model");
        var messages = Messages(body);
        if (JsonFields.OptionalInteger(body, "n", 1, 128) is > 1)
        {
            throw new InvalidRequestException("Only n = 1 is supported.", "n", code: "unsupported_parameter");
        }

        if (JsonFields.OptionalBool(body, "logprobs") is true)
        {
            throw new InvalidRequestException("'logprobs' is not supported by this gateway.", "logprobs", code: "unsupported_parameter");
        }

        if (JsonFields.OptionalBool(body, "store") is true)
        {
            throw new InvalidRequestException("This gateway does not store completions; 'store' must be false.", "store", code: "unsupported_parameter");
        }

        if (body.TryGetProperty("metadata", out var metadata) && metadata.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            throw new InvalidRequestException("'metadata' must be an object.", "metadata");
        }

        var stream = JsonFields.OptionalBool(body, "stream") ?? false;
        var includeUsage = StreamOptions(body);
        var user = JsonFields.OptionalString(body, "user", Identifiers.MaxLength);
        if (user is not null && !Identifiers.IsValid(user))
        {
            throw new InvalidRequestException("'user' must be letters, digits or . _ : @ - (at most 128).", "user");
        }

        var maxTokens = JsonFields.OptionalInteger(body, "max_completion_tokens", 1, MaxOutputTokens)
            ?? JsonFields.OptionalInteger(body, "max_tokens", 1, MaxOutputTokens);
        var sampling = new ChatSampling(
            (int?)maxTokens,
            (float?)JsonFields.OptionalNumber(body, "temperature", 0, 2),
            (float?)JsonFields.OptionalNumber(body, "top_p", 0, 1),
            (float?)JsonFields.OptionalNumber(body, "frequency_penalty", -2, 2),
            (float?)JsonFields.OptionalNumber(body, "presence_penalty", -2, 2),
            JsonFields.OptionalInteger(body, "seed", long.MinValue, long.MaxValue),
            Stop(body),
            JsonObjectFormat(body));
        return new ParsedChat(new ChatRequest(projectId, user, requestId, model, messages, sampling), stream, includeUsage);
    }

    private static ChatMessage[] Messages(JsonElement body)
    {
        if (!body.TryGetProperty("messages", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException("'messages' is required.", "messages");
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > MaxMessages)
        {
            throw new InvalidRequestException($"'messages' must be an array of 1 to {MaxMessages} messages.", "messages");
        }

        var messages = new ChatMessage[array.GetArrayLength()];
        var total = 0;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var param = $"messages[{i}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestException($"'{param}' must be an object.", param);
            }

            JsonFields.RejectUnknown(item, MessageFields, param);
            var role = item.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? JsonFields.Text(r, $"{param}.role") : null;
            if (role is null || !Roles.Contains(role))
            {
                var message = role is "tool" or "function"
                    ? "Tool and function messages are not supported by this gateway."
                    : "'role' must be one of system, developer, user, assistant.";
                throw new InvalidRequestException(message, $"{param}.role");
            }

            if (item.TryGetProperty("tool_calls", out var calls) && calls.ValueKind != JsonValueKind.Null)
            {
                throw new InvalidRequestException("Tool calls are not supported by this gateway.", $"{param}.tool_calls", code: "unsupported_parameter");
            }

            var content = Content(item, $"{param}.content");
            total += content.Length;
            if (total > MaxContentChars)
            {
                throw new InvalidRequestException($"The messages hold more than {MaxContentChars} characters.", "messages");
            }

            messages[i++] = new ChatMessage(role, content);
        }

        return messages;
    }

    private static readonly HashSet<string> MessageFields = ["role", "content", "name", "tool_calls", "refusal"];

    private static string Content(JsonElement message, string param)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException($"'{param}' is required.", param);
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return JsonFields.Text(content, param);
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidRequestException($"'{param}' must be a string or an array of text parts.", param);
        }

        var parts = new List<string>();
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "text" || !part.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw new InvalidRequestException($"'{param}' parts must be {{\"type\": \"text\", \"text\": \"...\"}}; images, audio and files are not supported.", param);
            }

            parts.Add(JsonFields.Text(text, param));
        }

        return string.Join("\n", parts);
    }

    private static bool StreamOptions(JsonElement body)
    {
        if (!body.TryGetProperty("stream_options", out var options) || options.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (options.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException("'stream_options' must be an object.", "stream_options");
        }

        JsonFields.RejectUnknown(options, StreamOptionFields, "stream_options");
        return JsonFields.OptionalBool(options, "include_usage", "stream_options.include_usage") ?? false;
    }

    private static readonly HashSet<string> StreamOptionFields = ["include_usage", "include_obfuscation"];

    private static string[]? Stop(JsonElement body)
    {
        if (!body.TryGetProperty("stop", out var stop) || stop.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string[] values = stop.ValueKind switch
        {
            JsonValueKind.String => [JsonFields.Text(stop, "stop")],
            JsonValueKind.Array when stop.GetArrayLength() <= 4 && stop.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String) =>
                [.. stop.EnumerateArray().Select(s => JsonFields.Text(s, "stop"))],
            _ => throw new InvalidRequestException("'stop' must be a string or an array of up to 4 strings.", "stop"),
        };
        return values.Any(v => v.Length is 0 or > 256)
            ? throw new InvalidRequestException("Each stop sequence must be 1 to 256 characters.", "stop")
            : values;
    }

    private static bool JsonObjectFormat(JsonElement body)
    {
        if (!body.TryGetProperty("response_format", out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        var type = format.ValueKind == JsonValueKind.Object ? JsonFields.OptionalString(format, "type", 32) : null;
        return type switch
        {
            "text" => false,
            "json_object" => true,
            "json_schema" => throw new InvalidRequestException("'json_schema' response formats are not supported; use json_object.", "response_format.type", code: "unsupported_parameter"),
            _ => throw new InvalidRequestException("'response_format' must be {\"type\": \"text\"} or {\"type\": \"json_object\"}.", "response_format"),
        };
    }
}
