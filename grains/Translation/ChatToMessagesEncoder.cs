using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Chat Completions stream as Anthropic's events: <c>message_start</c> and a <c>ping</c>, a text or tool_use
/// content block per run of text or call (<c>content_block_start</c>, <c>text_delta</c> / <c>input_json_delta</c>,
/// <c>content_block_stop</c>), then <c>message_delta</c> with the stop reason and usage, and <c>message_stop</c>.
/// </summary>
public sealed class ChatToMessagesEncoder(string model) : IDoorEncoder
{
    private readonly string _id = ItemIds.New("msg_");
    private bool _started;
    private int _blocks;
    private string? _open; // "text" or "tool_use"
    private int? _openTool;

    public IReadOnlyList<byte[]> Chunk(AnswerHead chunk)
    {
        var events = new List<byte[]>();
        Start(events);
        var delta = chunk.Choices?.FirstOrDefault(c => c.Index == 0)?.Delta;
        if (delta is null)
        {
            return events;
        }

        var text = (delta.Content ?? "") + (delta.Refusal ?? "");
        if (text.Length > 0)
        {
            if (_open != "text")
            {
                Open(events, "text", new JsonObject { ["type"] = "text", ["text"] = "" });
            }

            events.Add(Event("content_block_delta", ("index", _blocks - 1), ("delta", Nodes.Obj(("type", "text_delta"), ("text", text)))));
        }

        foreach (var call in delta.ToolCalls ?? [])
        {
            if (call.Id is not null || _open != "tool_use" || (call.Index is { } i && i != _openTool))
            {
                Open(events, "tool_use", Nodes.Obj(("type", "tool_use"), ("id", call.Id ?? ItemIds.New("toolu_")), ("name", call.Function?.Name), ("input", new JsonObject())));
                _openTool = call.Index;
            }

            if (call.Function?.Arguments is { Length: > 0 } arguments)
            {
                events.Add(Event("content_block_delta", ("index", _blocks - 1), ("delta", Nodes.Obj(("type", "input_json_delta"), ("partial_json", arguments)))));
            }
        }

        return events;
    }

    public IReadOnlyList<byte[]> Finish(ChatUsage usage, string? finishReason)
    {
        var events = new List<byte[]>();
        Start(events);
        Close(events);
        var stop = StopReasons.ToStopReason(finishReason, null);
        events.Add(Event("message_delta",
            ("delta", Nodes.Obj(("stop_reason", stop), ("stop_sequence", null))),
            ("usage", Nodes.Obj(
                ("input_tokens", Math.Max(0, usage.PromptTokens - usage.CachedTokens)),
                ("cache_creation_input_tokens", 0),
                ("cache_read_input_tokens", usage.CachedTokens),
                ("output_tokens", usage.CompletionTokens)))));
        events.Add(Event("message_stop"));
        return events;
    }

    private void Start(List<byte[]> events)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var message = Nodes.Obj(
            ("id", _id), ("type", "message"), ("role", "assistant"), ("model", model), ("content", new JsonArray()),
            ("stop_reason", null), ("stop_sequence", null), ("usage", Nodes.Obj(("input_tokens", 0), ("output_tokens", 0))));
        events.Add(Event("message_start", ("message", message)));
        events.Add(Event("ping"));
    }

    private void Open(List<byte[]> events, string kind, JsonObject block)
    {
        Close(events);
        events.Add(Event("content_block_start", ("index", _blocks), ("content_block", block)));
        _blocks++;
        _open = kind;
    }

    private void Close(List<byte[]> events)
    {
        if (_open is not null)
        {
            events.Add(Event("content_block_stop", ("index", _blocks - 1)));
            _open = null;
        }
    }

    private static byte[] Event(string type, params ReadOnlySpan<(string Name, JsonNode? Value)> fields)
    {
        var e = new JsonObject { ["type"] = type };
        foreach (var (name, value) in fields)
        {
            e[name] = value;
        }

        return Nodes.Bytes(e);
    }
}
