using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Chat Completions request as an Anthropic Messages request (for a model on an Anthropic provider), and a Chat
/// Completions answer in Anthropic's shape (for the Messages door on an OpenAI-compatible provider). System and
/// developer messages become <c>system</c>, tool messages <c>tool_result</c> blocks, tool calls <c>tool_use</c>
/// blocks. What Anthropic has no equivalent for (JSON response formats, <c>n</c>, logprobs, audio) is refused.
/// </summary>
public static class ChatToMessages
{
    public static JsonObject Request(JsonObject chat, int defaultMaxTokens)
    {
        Refuse(chat);
        var system = new List<string>();
        var messages = new JsonArray();
        JsonArray? toolResults = null;
        var list = chat["messages"] as JsonArray ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var message = list[i] as JsonObject;
            var role = Nodes.Str(message, "role");
            if (role != "tool")
            {
                toolResults = null;
            }

            switch (role)
            {
                case "system" or "developer":
                    system.Add(Nodes.Text(message!["content"]));
                    break;
                case "assistant":
                    messages.Add(new JsonObject { ["role"] = "assistant", ["content"] = AssistantBlocks(message!) });
                    break;
                case "tool":
                    if (toolResults is null)
                    {
                        toolResults = [];
                        messages.Add(new JsonObject { ["role"] = "user", ["content"] = toolResults });
                    }

                    toolResults.Add(new JsonObject
                    {
                        ["type"] = "tool_result",
                        ["tool_use_id"] = Nodes.Str(message, "tool_call_id"),
                        ["content"] = Nodes.Text(message!["content"]),
                    });
                    break;
                case "user":
                    messages.Add(new JsonObject { ["role"] = "user", ["content"] = UserContent(message!["content"], $"messages[{i}].content") });
                    break;
                default:
                    throw new TranslationException($"Messages with role '{role}' are not translated to Anthropic.", $"messages[{i}].role");
            }
        }

        var request = new JsonObject
        {
            ["max_tokens"] = Nodes.Copy(chat, "max_completion_tokens") ?? Nodes.Copy(chat, "max_tokens") ?? defaultMaxTokens,
            ["messages"] = messages,
        };
        if (system.Count > 0)
        {
            request["system"] = string.Join("\n\n", system);
        }

        if (chat["tools"] is JsonArray { Count: > 0 } tools)
        {
            request["tools"] = Tools(tools);
        }

        ToolChoice(chat, request);
        switch (chat["stop"])
        {
            case JsonArray stops:
                request["stop_sequences"] = stops.DeepClone();
                break;
            case var stop when Nodes.Str(stop) is { } one:
                request["stop_sequences"] = new JsonArray(one);
                break;
        }

        if (chat["temperature"] is JsonValue temperature && temperature.TryGetValue<double>(out var t))
        {
            // Anthropic's range is 0-1, OpenAI's 0-2.
            request["temperature"] = Math.Min(t, 1);
        }

        Nodes.CopyFields(chat, request, "top_p", "top_k");
        if (Nodes.Str(chat, "user") is { } user)
        {
            request["metadata"] = new JsonObject { ["user_id"] = user };
        }

        return request;
    }

    private static void Refuse(JsonObject chat)
    {
        if (Nodes.Str(chat["response_format"], "type") is "json_schema" or "json_object")
        {
            throw new TranslationException("JSON response formats are not translated to Anthropic; this model's provider speaks Anthropic's Messages API.", "response_format");
        }

        if (Nodes.Int(chat, "n") > 1)
        {
            throw new TranslationException("Anthropic answers one choice per request; n must be 1 for this model.", "n");
        }

        if (Nodes.Bool(chat, "logprobs") == true)
        {
            throw new TranslationException("Anthropic does not return logprobs.", "logprobs");
        }
    }

    private static JsonNode UserContent(JsonNode? content, string param)
    {
        if (content is not JsonArray parts)
        {
            return Nodes.Str(content) ?? "";
        }

        var blocks = new JsonArray();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            blocks.Add(Nodes.Str(part, "type") switch
            {
                "text" => new JsonObject { ["type"] = "text", ["text"] = Nodes.Str(part, "text") },
                "image_url" => new JsonObject { ["type"] = "image", ["source"] = Source(Nodes.Str(part!["image_url"], "url"), $"{param}[{i}]") },
                "file" when Nodes.Str(part!["file"], "file_data") is { } data => new JsonObject { ["type"] = "document", ["source"] = Source(data, $"{param}[{i}]") },
                var type => throw new TranslationException($"Content parts of type '{type}' are not translated to Anthropic.", $"{param}[{i}].type"),
            });
        }

        return blocks;
    }

    /// <summary>A data URL becomes a base64 source, any other URL a url source.</summary>
    private static JsonObject Source(string? url, string param)
    {
        if (url is null)
        {
            throw new TranslationException("A media part needs a URL.", param);
        }

        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            var header = comma > 5 ? url[5..comma] : "";
            if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                throw new TranslationException("Only base64 data URLs are translated to Anthropic.", param);
            }

            return new JsonObject { ["type"] = "base64", ["media_type"] = header[..^7], ["data"] = url[(comma + 1)..] };
        }

        return new JsonObject { ["type"] = "url", ["url"] = url };
    }

    private static JsonArray AssistantBlocks(JsonObject message)
    {
        var blocks = new JsonArray();
        var text = Nodes.Text(message["content"]);
        if (text.Length > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "text", ["text"] = text });
        }

        foreach (var call in message["tool_calls"] as JsonArray ?? [])
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "tool_use",
                ["id"] = Nodes.Str(call, "id"),
                ["name"] = Nodes.Str(call?["function"], "name"),
                ["input"] = Nodes.Arguments(Nodes.Str(call?["function"], "arguments")),
            });
        }

        return blocks;
    }

    private static JsonArray Tools(JsonArray tools)
    {
        var list = new JsonArray();
        for (var i = 0; i < tools.Count; i++)
        {
            var function = tools[i]?["function"] as JsonObject;
            if (Nodes.Str(tools[i], "type") != "function" || function is null)
            {
                throw new TranslationException("Only function tools are translated to Anthropic.", $"tools[{i}]");
            }

            var tool = new JsonObject
            {
                ["name"] = Nodes.Str(function, "name"),
                ["input_schema"] = Nodes.Copy(function, "parameters") ?? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() },
            };
            Nodes.CopyFields(function, tool, "description");
            list.Add(tool);
        }

        return list;
    }

    private static void ToolChoice(JsonObject chat, JsonObject request)
    {
        var choice = chat["tool_choice"];
        var parallel = Nodes.Bool(chat, "parallel_tool_calls");
        if (choice is null && parallel != false)
        {
            return;
        }

        var mapped = Nodes.Str(choice) switch
        {
            "required" => new JsonObject { ["type"] = "any" },
            "none" => new JsonObject { ["type"] = "none" },
            null when Nodes.Str(choice, "type") == "function" => new JsonObject { ["type"] = "tool", ["name"] = Nodes.Str(choice!["function"], "name") },
            _ => new JsonObject { ["type"] = "auto" },
        };
        if (parallel == false && Nodes.Str(mapped, "type") != "none")
        {
            mapped["disable_parallel_tool_use"] = true;
        }

        request["tool_choice"] = mapped;
    }

    /// <summary>A Chat Completions answer in Anthropic's shape (the first choice).</summary>
    public static JsonObject Answer(JsonObject chat, string model)
    {
        var choice = (chat["choices"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var message = choice?["message"] as JsonObject;
        var content = new JsonArray();
        var text = Nodes.Text(message?["content"]);
        if (text.Length == 0 && Nodes.Str(message, "refusal") is { Length: > 0 } refusal)
        {
            text = refusal;
        }

        if (text.Length > 0)
        {
            content.Add(new JsonObject { ["type"] = "text", ["text"] = text });
        }

        foreach (var block in AssistantBlocks(new JsonObject { ["tool_calls"] = Nodes.Copy(message, "tool_calls") }))
        {
            content.Add(block?.DeepClone());
        }

        var matched = Nodes.Str(choice, "stop_reason");
        var id = Nodes.Str(chat, "id") ?? "";
        return new JsonObject
        {
            ["id"] = id.StartsWith("msg_", StringComparison.Ordinal) ? id : ItemIds.New("msg_"),
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model,
            ["content"] = content,
            ["stop_reason"] = StopReasons.ToStopReason(Nodes.Str(choice, "finish_reason"), matched),
            ["stop_sequence"] = matched,
            ["usage"] = Usage(chat["usage"]),
        };
    }

    /// <summary>Chat usage in Anthropic's terms: cached prompt tokens are reported apart from <c>input_tokens</c>.</summary>
    public static JsonObject Usage(JsonNode? usage)
    {
        var cached = Nodes.Int(usage?["prompt_tokens_details"], "cached_tokens");
        return new JsonObject
        {
            ["input_tokens"] = Math.Max(0, Nodes.Int(usage, "prompt_tokens") - cached),
            ["cache_creation_input_tokens"] = 0,
            ["cache_read_input_tokens"] = cached,
            ["output_tokens"] = Nodes.Int(usage, "completion_tokens"),
        };
    }
}
