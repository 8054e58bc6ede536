using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Responses;

/// <summary>The text view of a (expanded) Responses request the estimate counts: instructions, messages, calls and their outputs.</summary>
public static class ResponsesText
{
    public static ChatMessage[] Of(JsonObject body)
    {
        var messages = new List<ChatMessage>();
        if (Json.Str(body, "instructions") is { Length: > 0 } instructions)
        {
            messages.Add(new ChatMessage("system", instructions));
        }

        switch (body["input"])
        {
            case JsonArray items:
                foreach (var item in items)
                {
                    if (Message(item) is { } message)
                    {
                        messages.Add(message);
                    }
                }

                break;
            case var input when Json.Str(input) is { } text:
                messages.Add(new ChatMessage("user", text));
                break;
        }

        return [.. messages];
    }

    private static ChatMessage? Message(JsonNode? item) => (Json.Str(item, "type") ?? (item?["role"] is null ? null : "message")) switch
    {
        "message" => new ChatMessage(Json.Str(item, "role") ?? "user", Json.Text(item!["content"])),
        "function_call" => new ChatMessage("assistant", Json.Str(item, "name") + Json.Str(item, "arguments")),
        "function_call_output" => new ChatMessage("tool", Json.Text(item!["output"])),
        _ => null,
    };
}
