using System.Text;
using System.Text.Json.Nodes;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>What the gateway reads of a Response, or of one event of its stream, from a provider that speaks Responses.</summary>
public static class ResponsesFacts
{
    public static AnswerHead Whole(JsonObject response)
    {
        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var calls = new List<AnswerToolCall>();
        foreach (var item in response["output"] as JsonArray ?? [])
        {
            switch (Nodes.Str(item, "type"))
            {
                case "message":
                    foreach (var part in item!["content"] as JsonArray ?? [])
                    {
                        text.Append(Nodes.Str(part, "text") ?? Nodes.Str(part, "refusal"));
                    }

                    break;
                case "function_call":
                    calls.Add(new AnswerToolCall(calls.Count, Nodes.Str(item, "call_id"), new AnswerFunction(Nodes.Str(item, "name"), Nodes.Str(item, "arguments"))));
                    break;
                case "reasoning":
                    foreach (var part in item!["summary"] as JsonArray ?? [])
                    {
                        reasoning.Append(Nodes.Str(part, "text"));
                    }

                    break;
            }
        }

        return Facts.Whole(text.ToString(), reasoning.Length > 0 ? reasoning.ToString() : null, calls, Finish(response, calls.Count > 0), Usage(response["usage"]));
    }

    /// <summary>One stream event; a failed response or an error event ends the stream as failed.</summary>
    public static AnswerHead Event(JsonObject e) => Nodes.Str(e, "type") switch
    {
        "response.output_text.delta" => Facts.Delta(text: Nodes.Str(e, "delta")),
        "response.refusal.delta" => Facts.Delta(refusal: Nodes.Str(e, "delta")),
        "response.reasoning_summary_text.delta" or "response.reasoning_text.delta" => Facts.Delta(reasoning: Nodes.Str(e, "delta")),
        "response.function_call_arguments.delta" => Facts.Delta(call: new AnswerToolCall(null, null, new AnswerFunction(null, Nodes.Str(e, "delta")))),
        "response.output_item.added" when Nodes.Str(e["item"], "type") == "function_call" =>
            Facts.Delta(call: new AnswerToolCall(null, Nodes.Str(e["item"], "call_id"), new AnswerFunction(Nodes.Str(e["item"], "name"), null))),
        "response.completed" or "response.incomplete" when e["response"] is JsonObject response =>
            Facts.Ended(Finish(response, HasCalls(response)), Usage(response["usage"])),
        "response.failed" => throw new ProviderStreamException($"The provider's response failed: {Nodes.Str(e["response"]?["error"], "message") ?? "no reason given"}"),
        "error" => throw new ProviderStreamException($"The provider's stream failed: {Nodes.Str(e, "message") ?? Nodes.Str(e["error"], "message") ?? "error event"}"),
        _ => Facts.Nothing,
    };

    /// <summary>A terminal event: the provider's stream has nothing after it.</summary>
    public static bool Ends(JsonObject e) => Nodes.Str(e, "type") is "response.completed" or "response.incomplete" or "response.failed";

    private static bool HasCalls(JsonObject response) => (response["output"] as JsonArray)?.Any(i => Nodes.Str(i, "type") == "function_call") == true;

    private static string Finish(JsonObject response, bool calls) => Nodes.Str(response, "status") switch
    {
        "incomplete" when Nodes.Str(response["incomplete_details"], "reason") == "content_filter" => "content_filter",
        "incomplete" => "length",
        _ when calls => "tool_calls",
        _ => "stop",
    };

    private static AnswerUsage? Usage(JsonNode? usage) => usage is JsonObject
        ? Facts.Usage(Nodes.Int(usage, "input_tokens"), Nodes.Int(usage, "output_tokens"),
            Nodes.Int(usage["input_tokens_details"], "cached_tokens"), Nodes.Int(usage["output_tokens_details"], "reasoning_tokens"))
        : null;
}
