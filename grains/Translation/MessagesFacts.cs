using System.Text;
using System.Text.Json.Nodes;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// What the gateway reads of an Anthropic answer, or of its stream (one reader per stream: the prompt's tokens come
/// in <c>message_start</c>, the output's in <c>message_delta</c>). Cache reads and writes count as prompt tokens,
/// reads at the model's cached-input price.
/// </summary>
public sealed class MessagesFacts
{
    private JsonNode? _startUsage;

    public static AnswerHead Whole(JsonObject message)
    {
        var text = new StringBuilder();
        var thinking = new StringBuilder();
        var calls = new List<AnswerToolCall>();
        foreach (var block in message["content"] as JsonArray ?? [])
        {
            switch (Nodes.Str(block, "type"))
            {
                case "text":
                    text.Append(Nodes.Str(block, "text"));
                    break;
                case "thinking":
                    thinking.Append(Nodes.Str(block, "thinking"));
                    break;
                case "tool_use":
                    calls.Add(new AnswerToolCall(calls.Count, Nodes.Str(block, "id"), new AnswerFunction(Nodes.Str(block, "name"), block!["input"]?.ToJsonString())));
                    break;
            }
        }

        return Facts.Whole(text.ToString(), thinking.Length > 0 ? thinking.ToString() : null, calls,
            StopReasons.ToFinish(Nodes.Str(message, "stop_reason")), Usage(message["usage"], null));
    }

    public AnswerHead Event(JsonObject e)
    {
        switch (Nodes.Str(e, "type"))
        {
            case "message_start":
                _startUsage = e["message"]?["usage"]?.DeepClone();
                return Facts.Nothing;
            case "content_block_start" when Nodes.Str(e["content_block"], "type") == "tool_use":
                var block = e["content_block"];
                return Facts.Delta(call: new AnswerToolCall(null, Nodes.Str(block, "id"), new AnswerFunction(Nodes.Str(block, "name"), null)));
            case "content_block_delta":
                var delta = e["delta"];
                return Nodes.Str(delta, "type") switch
                {
                    "text_delta" => Facts.Delta(text: Nodes.Str(delta, "text")),
                    "input_json_delta" => Facts.Delta(call: new AnswerToolCall(null, null, new AnswerFunction(null, Nodes.Str(delta, "partial_json")))),
                    "thinking_delta" => Facts.Delta(reasoning: Nodes.Str(delta, "thinking")),
                    _ => Facts.Nothing,
                };
            case "message_delta":
                return Facts.Ended(StopReasons.ToFinish(Nodes.Str(e["delta"], "stop_reason")), Usage(e["usage"], _startUsage));
            case "error":
                throw new ProviderStreamException($"The provider's stream failed: {Nodes.Str(e["error"], "message") ?? "error event"}");
            default:
                return Facts.Nothing;
        }
    }

    public static bool Ends(JsonObject e) => Nodes.Str(e, "type") == "message_stop";

    /// <summary>
    /// A stream's <c>message_delta</c> carries the output count and, on newer versions, the prompt's counts again;
    /// where it lacks them those of <c>message_start</c> hold.
    /// </summary>
    public static AnswerUsage? Usage(JsonNode? usage, JsonNode? start)
    {
        if (usage is not JsonObject && start is not JsonObject)
        {
            return null;
        }

        int Field(string name) => usage is JsonObject o && o[name] is JsonValue ? Nodes.Int(o, name) : Nodes.Int(start, name);
        var cached = Field("cache_read_input_tokens");
        var prompt = Field("input_tokens") + cached + Field("cache_creation_input_tokens");
        return Facts.Usage(prompt, Nodes.Int(usage, "output_tokens"), cached, 0);
    }
}
