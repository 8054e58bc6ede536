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
        if (Nodes.Str(body, "instructions") is { Length: > 0 } instructions)
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
            case var input when Nodes.Str(input) is { } text:
                messages.Add(new ChatMessage("user", text));
                break;
        }

        return [.. messages];
    }

    private static ChatMessage? Message(JsonNode? item) => (Nodes.Str(item, "type") ?? (item?["role"] is null ? null : "message")) switch
    {
        "message" => new ChatMessage(Nodes.Str(item, "role") ?? "user", Nodes.Text(item!["content"])),
        "function_call" => new ChatMessage("assistant", Nodes.Str(item, "name") + Nodes.Str(item, "arguments")),
        "function_call_output" => new ChatMessage("tool", Nodes.Text(item!["output"])),
        _ => null,
    };
}
