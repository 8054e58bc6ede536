using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Chat Completions answer as a Response: reasoning text (<c>reasoning_content</c>, where a provider sends it)
/// becomes a reasoning item, the text (or refusal) a message item, each tool call a function_call item.
/// </summary>
public static class ChatToResponses
{
    public static JsonObject Answer(JsonObject chat, JsonObject request, string model)
    {
        var choice = (chat["choices"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var message = choice?["message"] as JsonObject;
        var response = ResponseShell.Create(request, model, "completed", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var output = (JsonArray)response["output"]!;
        if (Nodes.Str(message, "reasoning_content") is { Length: > 0 } reasoning)
        {
            output.Add(ResponseItems.Reasoning(ItemIds.New("rs_"), reasoning));
        }

        var text = Nodes.Text(message?["content"]);
        if (Nodes.Str(message, "refusal") is { Length: > 0 } refusal)
        {
            output.Add(ResponseItems.Message(ItemIds.New("msg_"), "completed", ResponseItems.RefusalPart(refusal)));
        }
        else if (text.Length > 0 || message?["tool_calls"] is not JsonArray { Count: > 0 })
        {
            output.Add(ResponseItems.Message(ItemIds.New("msg_"), "completed", ResponseItems.TextPart(text)));
        }

        foreach (var call in message?["tool_calls"] as JsonArray ?? [])
        {
            var function = call?["function"];
            output.Add(ResponseItems.FunctionCall(ItemIds.New("fc_"), "completed", Nodes.Str(call, "id") ?? ItemIds.New("call_"),
                Nodes.Str(function, "name"), Nodes.Str(function, "arguments") ?? ""));
        }

        ResponseShell.End(response, Nodes.Str(choice, "finish_reason"));
        var usage = chat["usage"];
        response["usage"] = ResponseShell.Usage(Nodes.Int(usage, "prompt_tokens"), Nodes.Int(usage?["prompt_tokens_details"], "cached_tokens"),
            Nodes.Int(usage, "completion_tokens"), Nodes.Int(usage?["completion_tokens_details"], "reasoning_tokens"));
        return response;
    }
}
