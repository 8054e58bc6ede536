using System.Text.Json.Nodes;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// An Anthropic stream as Chat Completions chunks, for a Chat Completions (or translated) request to an Anthropic
/// provider: text and tool-input deltas become content and tool-call deltas, <c>message_delta</c> the finish chunk,
/// <c>message_stop</c> the usage chunk and the end.
/// </summary>
public sealed class MessagesToChatDecoder(string model) : IStreamDecoder
{
    private readonly long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private readonly Dictionary<int, int> _toolIndex = [];
    private string _id = ItemIds.New("chatcmpl-");
    private JsonNode? _startUsage;
    private JsonNode? _usage;

    public (IReadOnlyList<StreamChunk> Chunks, bool End) Decode(byte[] data)
    {
        var e = Nodes.Answer(data);
        switch (Nodes.Str(e, "type"))
        {
            case "message_start":
                _id = "chatcmpl-" + (Nodes.Str(e["message"], "id") ?? _id);
                _startUsage = e["message"]?["usage"]?.DeepClone();
                return One(Delta(new JsonObject { ["role"] = "assistant", ["content"] = "" }));
            case "content_block_start" when Nodes.Str(e["content_block"], "type") == "tool_use":
                var block = e["content_block"];
                var tool = _toolIndex[Nodes.Int(e, "index")] = _toolIndex.Count;
                return One(Delta(ToolCall(tool, Nodes.Str(block, "id"), Nodes.Str(block, "name"), "")));
            case "content_block_delta":
                var delta = e["delta"];
                return Nodes.Str(delta, "type") switch
                {
                    "text_delta" => One(Delta(new JsonObject { ["content"] = Nodes.Str(delta, "text") })),
                    "thinking_delta" => One(Delta(new JsonObject { ["reasoning_content"] = Nodes.Str(delta, "thinking") })),
                    "input_json_delta" when _toolIndex.TryGetValue(Nodes.Int(e, "index"), out var index) =>
                        One(Delta(ToolCall(index, null, null, Nodes.Str(delta, "partial_json") ?? ""))),
                    _ => ([], false),
                };
            case "message_delta":
                _usage = e["usage"]?.DeepClone();
                return One(Delta(new JsonObject(), StopReasons.ToFinish(Nodes.Str(e["delta"], "stop_reason"))));
            case "message_stop":
                var usage = MessagesFacts.Usage(_usage, _startUsage)!;
                var chunk = Chunk(new JsonArray());
                chunk["usage"] = new JsonObject
                {
                    ["prompt_tokens"] = usage.PromptTokens,
                    ["completion_tokens"] = usage.CompletionTokens,
                    ["total_tokens"] = usage.PromptTokens + usage.CompletionTokens,
                    ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = usage.PromptTokensDetails!.CachedTokens },
                };
                return ([Read(chunk)], true);
            case "error":
                throw new ProviderStreamException($"The provider's stream failed: {Nodes.Str(e["error"], "message") ?? "error event"}");
            default:
                return ([], false);
        }
    }

    private static JsonObject ToolCall(int index, string? id, string? name, string arguments)
    {
        var call = new JsonObject { ["index"] = index };
        if (id is not null)
        {
            call["id"] = id;
            call["type"] = "function";
        }

        call["function"] = name is null ? new JsonObject { ["arguments"] = arguments } : new JsonObject { ["name"] = name, ["arguments"] = arguments };
        return new JsonObject { ["tool_calls"] = new JsonArray(call) };
    }

    private JsonObject Delta(JsonObject delta, string? finish = null) =>
        Chunk(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }));

    private JsonObject Chunk(JsonArray choices) => new()
    {
        ["id"] = _id,
        ["object"] = "chat.completion.chunk",
        ["created"] = _created,
        ["model"] = model,
        ["choices"] = choices,
    };

    private static (IReadOnlyList<StreamChunk>, bool) One(JsonObject chunk) => ([Read(chunk)], false);

    private static StreamChunk Read(JsonObject chunk)
    {
        var data = Nodes.Bytes(chunk);
        return new StreamChunk(data, AnswerReader.Read(data) ?? Facts.Nothing);
    }
}
