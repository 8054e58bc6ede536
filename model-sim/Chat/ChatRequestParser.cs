namespace LlmActors.ModelSim.Chat;

/// <summary>Validates a <c>/v1/chat/completions</c> body; every refusal is a 400 naming the field.</summary>
internal static class ChatRequestParser
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool", "function"];

    public static ChatRequest Parse(JsonElement root, ModelCatalog catalog)
    {
        var model = catalog.Require(JsonFields.String(root.Field("model"u8), "model"), "/v1/chat/completions", ModelKind.Chat, ModelKind.Code, ModelKind.Moderation);
        var stream = JsonFields.Bool(root.Field("stream"u8), "stream") ?? false;
        var streamOptions = root.Field("stream_options"u8);
        if (!JsonFields.IsAbsent(streamOptions) && streamOptions.ValueKind != JsonValueKind.Object)
        {
            throw SimError.WrongType("stream_options", "an object");
        }

        var n = JsonFields.Integer(root.Field("n"u8), "n", 1, 128);
        if (n is > 1)
        {
            throw SimError.BadRequest("The simulator answers one choice per request; 'n' must be 1.", "n", "unsupported_value");
        }

        JsonFields.Number(root.Field("temperature"u8), "temperature", 0, 2);
        JsonFields.Number(root.Field("top_p"u8), "top_p", 0, 1);
        JsonFields.Number(root.Field("presence_penalty"u8), "presence_penalty", -2, 2);
        JsonFields.Number(root.Field("frequency_penalty"u8), "frequency_penalty", -2, 2);
        var maxCompletion = JsonFields.Integer(root.Field("max_completion_tokens"u8), "max_completion_tokens", 1, 1_000_000);
        var maxTokens = JsonFields.Integer(root.Field("max_tokens"u8), "max_tokens", 1, 1_000_000);

        return new ChatRequest
        {
            Model = model,
            Messages = ParseMessages(root.Field("messages"u8)),
            Stream = stream,
            IncludeUsage = stream && (JsonFields.Bool(streamOptions.ValueKind == JsonValueKind.Object ? streamOptions.Field("include_usage"u8) : default, "stream_options.include_usage") ?? false),
            MaxTokens = (int?)(maxCompletion ?? maxTokens),
            Stop = ParseStop(root.Field("stop"u8)),
            Format = ParseFormat(root.Field("response_format"u8)),
            Seed = JsonFields.Integer(root.Field("seed"u8), "seed", long.MinValue, long.MaxValue),
        };
    }

    private static List<ChatMessage> ParseMessages(JsonElement messages)
    {
        if (JsonFields.IsAbsent(messages))
        {
            throw SimError.BadRequest("'messages' is required.", "messages", "missing_required_parameter");
        }

        if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            throw SimError.BadRequest("'messages' must be a non-empty array.", "messages");
        }

        var list = new List<ChatMessage>(messages.GetArrayLength());
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var param = $"messages[{index++}]";
            if (message.ValueKind != JsonValueKind.Object)
            {
                throw SimError.WrongType(param, "an object");
            }

            var role = JsonFields.String(message.Field("role"u8), param + ".role")
                ?? throw SimError.BadRequest($"'{param}.role' is required.", param + ".role", "missing_required_parameter");
            if (Array.IndexOf(Roles, role) < 0)
            {
                throw SimError.BadRequest($"'{param}.role' must be one of {string.Join(", ", Roles)}.", param + ".role");
            }

            list.Add(new ChatMessage(role, JsonFields.Content(message.Field("content"u8), param + ".content") ?? ""));
        }

        return list;
    }

    private static string[]? ParseStop(JsonElement stop)
    {
        if (JsonFields.IsAbsent(stop))
        {
            return null;
        }

        if (stop.ValueKind == JsonValueKind.String)
        {
            var single = JsonFields.String(stop, "stop")!;
            return single.Length == 0 ? null : [single];
        }

        if (stop.ValueKind != JsonValueKind.Array || stop.GetArrayLength() > 4)
        {
            throw SimError.BadRequest("'stop' must be a string or an array of up to 4 strings.", "stop");
        }

        var list = new List<string>(4);
        foreach (var item in stop.EnumerateArray())
        {
            var value = JsonFields.String(item, "stop") ?? throw SimError.WrongType("stop", "a string or an array of strings");
            if (value.Length > 0)
            {
                list.Add(value);
            }
        }

        return list.Count == 0 ? null : list.ToArray();
    }

    private static ResponseFormat ParseFormat(JsonElement format)
    {
        if (JsonFields.IsAbsent(format))
        {
            return ResponseFormat.Text;
        }

        if (format.ValueKind != JsonValueKind.Object)
        {
            throw SimError.WrongType("response_format", "an object");
        }

        return JsonFields.String(format.Field("type"u8), "response_format.type") switch
        {
            "text" => ResponseFormat.Text,
            "json_object" => ResponseFormat.JsonObject,
            "json_schema" => ResponseFormat.JsonSchema,
            var other => throw SimError.BadRequest($"'response_format.type' must be text, json_object or json_schema; got '{other}'.", "response_format.type"),
        };
    }
}
