using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>The output items and content parts of a Response, as OpenAI writes them.</summary>
public static class ResponseItems
{
    public static JsonObject Message(string id, string status, JsonObject? part) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["status"] = status,
        ["role"] = "assistant",
        ["content"] = part is null ? new JsonArray() : new JsonArray(part),
    };

    public static JsonObject TextPart(string text) => new()
    {
        ["type"] = "output_text",
        ["text"] = text,
        ["annotations"] = new JsonArray(),
        ["logprobs"] = new JsonArray(),
    };

    public static JsonObject RefusalPart(string refusal) => new() { ["type"] = "refusal", ["refusal"] = refusal };

    public static JsonObject FunctionCall(string id, string status, string callId, string? name, string arguments) => new()
    {
        ["id"] = id,
        ["type"] = "function_call",
        ["status"] = status,
        ["call_id"] = callId,
        ["name"] = name,
        ["arguments"] = arguments,
    };

    public static JsonObject Reasoning(string id, string? summary) => new()
    {
        ["id"] = id,
        ["type"] = "reasoning",
        ["summary"] = summary is null ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "summary_text", ["text"] = summary }),
    };
}
