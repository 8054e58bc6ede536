using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>
/// An Anthropic Messages request as a Chat Completions request (for OpenAI-compatible providers), and an Anthropic
/// answer as a Chat Completions answer (for Chat Completions requests to an Anthropic provider). Blocks map one to
/// one where both APIs have them: text, images (base64 and URL), PDFs, tool_use ↔ tool_calls, tool_result ↔ tool
/// messages. <c>top_k</c>, <c>thinking</c> and cache_control marks have no Chat Completions equivalent and are dropped.
/// </summary>
public static class MessagesToChat
{
    public static JsonObject Request(JsonObject m)
    {
        var messages = new JsonArray();
        var system = Nodes.Text(m["system"]);
        if (system.Length > 0)
        {
            messages.Add(ResponsesToChat.Message("system", system));
        }

        var list = m["messages"] as JsonArray ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var message = list[i] as JsonObject;
            if (Nodes.Str(message, "role") == "assistant")
            {
                messages.Add(Assistant(message!["content"], $"messages[{i}].content"));
            }
            else
            {
                User(message?["content"], $"messages[{i}].content", messages);
            }
        }

        var chat = new JsonObject { ["messages"] = messages, ["max_completion_tokens"] = Nodes.Copy(m, "max_tokens") };
        if (m["tools"] is JsonArray { Count: > 0 } tools)
        {
            chat["tools"] = Tools(tools);
        }

        if (m["tool_choice"] is JsonObject choice)
        {
            ToolChoice(choice, chat);
        }

        if (m["stop_sequences"] is JsonArray stops)
        {
            chat["stop"] = stops.DeepClone();
        }

        Nodes.CopyFields(m, chat, "temperature", "top_p");
        if (Nodes.Str(m["metadata"], "user_id") is { } user)
        {
            chat["user"] = user;
        }

        return chat;
    }

    private static void User(JsonNode? content, string param, JsonArray messages)
    {
        if (content is not JsonArray blocks)
        {
            messages.Add(ResponsesToChat.Message("user", content?.DeepClone()));
            return;
        }

        // Tool results answer the assistant's calls, so they come first, each as its own tool message.
        var parts = new JsonArray();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i] as JsonObject;
            switch (Nodes.Str(block, "type"))
            {
                case "tool_result":
                    var text = Nodes.Text(block!["content"]);
                    messages.Add(new JsonObject
                    {
                        ["role"] = "tool",
                        ["tool_call_id"] = Nodes.Str(block, "tool_use_id"),
                        ["content"] = Nodes.Bool(block, "is_error") == true ? "Error: " + text : text,
                    });
                    break;
                case "text":
                    parts.Add(new JsonObject { ["type"] = "text", ["text"] = Nodes.Str(block, "text") });
                    break;
                case "image":
                    parts.Add(new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = SourceUrl(block!["source"], $"{param}[{i}].source") } });
                    break;
                case "document" when Nodes.Str(block!["source"], "type") == "base64":
                    parts.Add(new JsonObject
                    {
                        ["type"] = "file",
                        ["file"] = new JsonObject { ["filename"] = Nodes.Str(block, "title") ?? "document.pdf", ["file_data"] = SourceUrl(block["source"], $"{param}[{i}].source") },
                    });
                    break;
                case "document" when Nodes.Str(block!["source"], "type") == "text":
                    parts.Add(new JsonObject { ["type"] = "text", ["text"] = Nodes.Str(block["source"], "data") });
                    break;
                case var type:
                    throw new TranslationException($"Content blocks of type '{type}' are not translated to Chat Completions.", $"{param}[{i}].type");
            }
        }

        if (parts.Count > 0)
        {
            messages.Add(ResponsesToChat.Message("user", parts));
        }
    }

    private static JsonObject Assistant(JsonNode? content, string param)
    {
        if (content is not JsonArray blocks)
        {
            return ResponsesToChat.Message("assistant", content?.DeepClone());
        }

        var text = "";
        var calls = new JsonArray();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (Nodes.Str(block, "type"))
            {
                case "text":
                    text += Nodes.Str(block, "text");
                    break;
                case "tool_use":
                    calls.Add(ToolCall(block!));
                    break;
                case "thinking" or "redacted_thinking":
                    break;
                case var type:
                    throw new TranslationException($"Content blocks of type '{type}' are not translated to Chat Completions.", $"{param}[{i}].type");
            }
        }

        var message = ResponsesToChat.Message("assistant", calls.Count > 0 && text.Length == 0 ? null : text);
        if (calls.Count > 0)
        {
            message["tool_calls"] = calls;
        }

        return message;
    }

    /// <summary>A tool_use block as a Chat Completions tool call: its input object becomes the arguments' JSON.</summary>
    private static JsonObject ToolCall(JsonNode block) => new()
    {
        ["id"] = Nodes.Str(block, "id"),
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = Nodes.Str(block, "name"), ["arguments"] = (block["input"] ?? new JsonObject()).ToJsonString() },
    };

    private static string? SourceUrl(JsonNode? source, string param) => Nodes.Str(source, "type") switch
    {
        "base64" => $"data:{Nodes.Str(source, "media_type")};base64,{Nodes.Str(source, "data")}",
        "url" => Nodes.Str(source, "url"),
        _ => throw new TranslationException("Only base64 and url sources are translated to Chat Completions.", param),
    };

    private static JsonArray Tools(JsonArray tools)
    {
        var list = new JsonArray();
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i] as JsonObject;
            if (Nodes.Str(tool, "type") is { } type && type != "custom")
            {
                throw new TranslationException($"Anthropic's server tool '{type}' is served only by an Anthropic provider.", $"tools[{i}].type");
            }

            var function = new JsonObject
            {
                ["name"] = Nodes.Str(tool, "name"),
                ["parameters"] = Nodes.Copy(tool, "input_schema") ?? new JsonObject { ["type"] = "object" },
            };
            Nodes.CopyFields(tool!, function, "description");
            list.Add(new JsonObject { ["type"] = "function", ["function"] = function });
        }

        return list;
    }

    private static void ToolChoice(JsonObject choice, JsonObject chat)
    {
        chat["tool_choice"] = Nodes.Str(choice, "type") switch
        {
            "any" => "required",
            "none" => "none",
            "tool" => new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = Nodes.Str(choice, "name") } },
            _ => "auto",
        };
        if (Nodes.Bool(choice, "disable_parallel_tool_use") == true)
        {
            chat["parallel_tool_calls"] = false;
        }
    }

    /// <summary>An Anthropic answer as a <c>chat.completion</c>; thinking becomes <c>reasoning_content</c>, as DeepSeek and vLLM send it.</summary>
    public static JsonObject Answer(JsonObject a, string model)
    {
        var text = "";
        var thinking = "";
        var calls = new JsonArray();
        foreach (var block in a["content"] as JsonArray ?? [])
        {
            switch (Nodes.Str(block, "type"))
            {
                case "text":
                    text += Nodes.Str(block, "text");
                    break;
                case "thinking":
                    thinking += Nodes.Str(block, "thinking");
                    break;
                case "tool_use":
                    calls.Add(ToolCall(block!));
                    break;
            }
        }

        var message = new JsonObject { ["role"] = "assistant", ["content"] = calls.Count > 0 && text.Length == 0 ? null : text, ["refusal"] = null };
        if (calls.Count > 0)
        {
            message["tool_calls"] = calls;
        }

        if (thinking.Length > 0)
        {
            message["reasoning_content"] = thinking;
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-" + Nodes.Str(a, "id"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["logprobs"] = null,
                ["finish_reason"] = StopReasons.ToFinish(Nodes.Str(a, "stop_reason")),
            }),
            ["usage"] = Usage(a["usage"]),
        };
    }

    /// <summary>Anthropic counts cache reads and writes apart from <c>input_tokens</c>; Chat Completions counts them in the prompt.</summary>
    public static JsonObject Usage(JsonNode? usage)
    {
        var cached = Nodes.Int(usage, "cache_read_input_tokens");
        var prompt = Nodes.Int(usage, "input_tokens") + cached + Nodes.Int(usage, "cache_creation_input_tokens");
        var completion = Nodes.Int(usage, "output_tokens");
        return new JsonObject
        {
            ["prompt_tokens"] = prompt,
            ["completion_tokens"] = completion,
            ["total_tokens"] = prompt + completion,
            ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = cached },
        };
    }
}
