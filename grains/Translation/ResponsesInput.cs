using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>Responses input items as Chat Completions messages.</summary>
public static class ResponsesInput
{
    public static void AddTo(JsonArray items, JsonArray messages)
    {
        // The assistant message that function calls attach to: calls made in one turn are one message with tool_calls.
        JsonObject? assistant = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject ?? throw new TranslationException($"'input[{i}]' must be an object.", $"input[{i}]");
            var type = Nodes.Str(item, "type") ?? (item.ContainsKey("role") ? "message" : null);
            switch (type)
            {
                case "message" when Nodes.Str(item, "role") == "assistant":
                    assistant = ResponsesToChat.Message("assistant", Nodes.Text(item["content"]));
                    messages.Add(assistant);
                    break;
                case "message":
                    assistant = null;
                    var role = Nodes.Str(item, "role") is "developer" or "system" ? "system" : "user";
                    messages.Add(ResponsesToChat.Message(role, Content(item["content"], $"input[{i}].content")));
                    break;
                case "function_call":
                    if (assistant is null)
                    {
                        assistant = ResponsesToChat.Message("assistant", null);
                        messages.Add(assistant);
                    }

                    if (assistant["tool_calls"] is not JsonArray calls)
                    {
                        assistant["tool_calls"] = calls = [];
                    }

                    calls.Add(new JsonObject
                    {
                        ["id"] = Nodes.Str(item, "call_id"),
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = Nodes.Str(item, "name"), ["arguments"] = Nodes.Str(item, "arguments") ?? "" },
                    });
                    break;
                case "function_call_output":
                    assistant = null;
                    messages.Add(new JsonObject { ["role"] = "tool", ["tool_call_id"] = Nodes.Str(item, "call_id"), ["content"] = Nodes.Text(item["output"]) });
                    break;
                case "reasoning":
                    // Chat Completions takes no reasoning back; the calls and text of that turn still follow.
                    break;
                default:
                    throw new TranslationException(
                        $"Input items of type '{type}' are served only by providers that speak the Responses API; this model's provider speaks Chat Completions.",
                        $"input[{i}].type");
            }
        }
    }

    /// <summary>A user or system message's content: a string stays one; parts become Chat Completions parts.</summary>
    private static JsonNode? Content(JsonNode? content, string param)
    {
        if (content is not JsonArray parts)
        {
            return content?.DeepClone();
        }

        var list = new JsonArray();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            list.Add(Nodes.Str(part, "type") switch
            {
                "input_text" or "output_text" or "text" => new JsonObject { ["type"] = "text", ["text"] = Nodes.Str(part, "text") },
                "refusal" => new JsonObject { ["type"] = "text", ["text"] = Nodes.Str(part, "refusal") },
                "input_image" when Nodes.Str(part, "image_url") is { } url => new JsonObject
                {
                    ["type"] = "image_url",
                    ["image_url"] = Nodes.Obj(("url", url), ("detail", Nodes.Str(part, "detail") ?? "auto")),
                },
                "input_file" => new JsonObject { ["type"] = "file", ["file"] = File(part!) },
                "input_audio" => new JsonObject { ["type"] = "input_audio", ["input_audio"] = Nodes.Copy(part, "input_audio") },
                var type => throw new TranslationException($"Content parts of type '{type}' (or images by file id) are not translated to Chat Completions.", $"{param}[{i}]"),
            });
        }

        return list;
    }

    private static JsonObject File(JsonNode part)
    {
        var file = new JsonObject();
        Nodes.CopyFields((JsonObject)part, file, "file_id", "file_data", "filename");
        return file;
    }
}
