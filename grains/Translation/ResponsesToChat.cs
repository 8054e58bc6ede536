using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Responses request as a Chat Completions request: <c>instructions</c> become a system message, input items
/// become messages (function calls join the assistant message before them, their outputs become tool messages,
/// reasoning items are dropped), function tools and <c>tool_choice</c> are re-nested, <c>text.format</c> becomes
/// <c>response_format</c>. Built-in tools and item kinds Chat Completions has no equivalent for are refused.
/// </summary>
public static class ResponsesToChat
{
    public static JsonObject Request(JsonObject r)
    {
        var messages = new JsonArray();
        if (Nodes.Str(r, "instructions") is { Length: > 0 } instructions)
        {
            messages.Add(Message("system", instructions));
        }

        switch (r["input"])
        {
            case JsonArray items:
                ResponsesInput.AddTo(items, messages);
                break;
            case var text when Nodes.Str(text) is { } s:
                messages.Add(Message("user", s));
                break;
        }

        var chat = new JsonObject { ["messages"] = messages };
        if (r["tools"] is JsonArray { Count: > 0 } tools)
        {
            chat["tools"] = Tools(tools);
        }

        if (r["tool_choice"] is { } choice)
        {
            chat["tool_choice"] = ToolChoice(choice);
        }

        Format(r["text"] as JsonObject, chat);
        if (r["max_output_tokens"] is { } max)
        {
            chat["max_completion_tokens"] = max.DeepClone();
        }

        if (Nodes.Str(r["reasoning"], "effort") is { } effort)
        {
            chat["reasoning_effort"] = effort;
        }

        if (r["top_logprobs"] is JsonValue top)
        {
            chat["logprobs"] = true;
            chat["top_logprobs"] = top.DeepClone();
        }

        Nodes.CopyFields(r, chat, "temperature", "top_p", "parallel_tool_calls", "user", "safety_identifier", "prompt_cache_key", "service_tier");
        return chat;
    }

    public static JsonObject Message(string role, JsonNode? content) => new() { ["role"] = role, ["content"] = content };

    private static JsonArray Tools(JsonArray tools)
    {
        var list = new JsonArray();
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i] as JsonObject;
            if (Nodes.Str(tool, "type") != "function")
            {
                throw new TranslationException(
                    $"The tool type '{Nodes.Str(tool, "type")}' is served only by providers that speak the Responses API; this model's provider speaks Chat Completions.",
                    $"tools[{i}].type");
            }

            var function = new JsonObject { ["name"] = Nodes.Str(tool, "name") };
            Nodes.CopyFields(tool!, function, "description", "parameters", "strict");
            list.Add(new JsonObject { ["type"] = "function", ["function"] = function });
        }

        return list;
    }

    private static JsonNode ToolChoice(JsonNode choice)
    {
        if (Nodes.Str(choice) is { } mode)
        {
            return mode;
        }

        return Nodes.Str(choice, "type") switch
        {
            "function" => new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = Nodes.Str(choice, "name") } },
            "allowed_tools" => new JsonObject
            {
                ["type"] = "allowed_tools",
                ["allowed_tools"] = new JsonObject
                {
                    ["mode"] = Nodes.Str(choice, "mode") ?? "auto",
                    ["tools"] = new JsonArray([.. (choice["tools"] as JsonArray ?? []).Select(t =>
                        (JsonNode)new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = Nodes.Str(t, "name") } })]),
                },
            },
            var type => throw new TranslationException($"tool_choice of type '{type}' has no Chat Completions equivalent.", "tool_choice"),
        };
    }

    private static void Format(JsonObject? text, JsonObject chat)
    {
        if (text?["format"] is JsonObject format)
        {
            switch (Nodes.Str(format, "type"))
            {
                case "json_object":
                    chat["response_format"] = new JsonObject { ["type"] = "json_object" };
                    break;
                case "json_schema":
                    var schema = new JsonObject { ["name"] = Nodes.Str(format, "name") ?? "response" };
                    Nodes.CopyFields(format, schema, "description", "schema", "strict");
                    chat["response_format"] = new JsonObject { ["type"] = "json_schema", ["json_schema"] = schema };
                    break;
            }
        }

        if (text?["verbosity"] is { } verbosity)
        {
            chat["verbosity"] = verbosity.DeepClone();
        }
    }
}
