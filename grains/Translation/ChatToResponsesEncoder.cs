using System.Text;
using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// A Chat Completions stream as the Responses API's typed events: <c>response.created</c> and
/// <c>response.in_progress</c>; per output item <c>response.output_item.added</c>, its deltas (text, refusal,
/// function-call arguments, reasoning summary) and their <c>.done</c> events, <c>response.output_item.done</c>; then
/// <c>response.completed</c> (or <c>response.incomplete</c>) with the whole response and its usage. Every event carries
/// its <c>sequence_number</c>.
/// </summary>
public sealed class ChatToResponsesEncoder(JsonObject request, string model, long createdAt) : IDoorEncoder
{
    private readonly JsonObject _response = ResponseShell.Create(request, model, "in_progress", createdAt);
    private readonly JsonArray _output = [];
    private readonly StringBuilder _text = new();
    private int _sequence;
    private bool _started;
    private OpenItem? _open;

    private enum Kind
    {
        Text,
        Refusal,
        Function,
        Reasoning,
    }

    public IReadOnlyList<byte[]> Chunk(AnswerHead chunk)
    {
        var events = new List<byte[]>();
        Start(events);
        var delta = chunk.Choices?.FirstOrDefault(c => c.Index == 0)?.Delta;
        if (delta is null)
        {
            return events;
        }

        Append(events, Kind.Reasoning, delta.ReasoningContent, "response.reasoning_summary_text.delta");
        Append(events, Kind.Text, delta.Content, "response.output_text.delta");
        Append(events, Kind.Refusal, delta.Refusal, "response.refusal.delta");
        foreach (var call in delta.ToolCalls ?? [])
        {
            if (call.Id is not null || _open?.Kind != Kind.Function || (call.Index is { } i && i != _open.ToolIndex))
            {
                var id = ItemIds.New("fc_");
                var callId = call.Id ?? ItemIds.New("call_");
                Open(events, new OpenItem(Kind.Function, id, _output.Count, call.Index, callId, call.Function?.Name),
                    ResponseItems.FunctionCall(id, "in_progress", callId, call.Function?.Name, ""));
            }

            if (call.Function?.Arguments is { Length: > 0 } arguments)
            {
                _text.Append(arguments);
                events.Add(Event("response.function_call_arguments.delta", ("item_id", _open!.Id), ("output_index", _open.Index), ("delta", arguments)));
            }
        }

        return events;
    }

    public IReadOnlyList<byte[]> Finish(ChatUsage usage, string? finishReason)
    {
        var events = new List<byte[]>();
        Start(events);
        Close(events);
        var response = (JsonObject)_response.DeepClone();
        response["output"] = _output.DeepClone();
        ResponseShell.End(response, finishReason);
        response["usage"] = ResponseShell.Usage(usage.PromptTokens, usage.CachedTokens, usage.CompletionTokens, usage.ReasoningTokens);
        var type = Nodes.Str(response, "status") == "incomplete" ? "response.incomplete" : "response.completed";
        events.Add(Event(type, ("response", response)));
        return events;
    }

    private void Start(List<byte[]> events)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        events.Add(Event("response.created", ("response", _response.DeepClone())));
        events.Add(Event("response.in_progress", ("response", _response.DeepClone())));
    }

    private void Append(List<byte[]> events, Kind kind, string? delta, string type)
    {
        if (string.IsNullOrEmpty(delta))
        {
            return;
        }

        if (_open?.Kind != kind)
        {
            var prefix = kind == Kind.Reasoning ? "rs_" : "msg_";
            var id = ItemIds.New(prefix);
            var item = kind == Kind.Reasoning ? ResponseItems.Reasoning(id, null) : ResponseItems.Message(id, "in_progress", null);
            Open(events, new OpenItem(kind, id, _output.Count, null, null, null), item);
        }

        _text.Append(delta);
        events.Add(kind == Kind.Reasoning
            ? Event(type, ("item_id", _open!.Id), ("output_index", _open.Index), ("summary_index", 0), ("delta", delta))
            : Event(type, ("item_id", _open!.Id), ("output_index", _open.Index), ("content_index", 0), ("delta", delta), ("logprobs", Logprobs(kind))));
    }

    private static JsonNode? Logprobs(Kind kind) => kind == Kind.Text ? new JsonArray() : null;

    private void Open(List<byte[]> events, OpenItem open, JsonObject item)
    {
        Close(events);
        _open = open;
        _text.Clear();
        events.Add(Event("response.output_item.added", ("output_index", open.Index), ("item", item)));
        switch (open.Kind)
        {
            case Kind.Text or Kind.Refusal:
                events.Add(Event("response.content_part.added", ("item_id", open.Id), ("output_index", open.Index), ("content_index", 0), ("part", Part(open.Kind, ""))));
                break;
            case Kind.Reasoning:
                events.Add(Event("response.reasoning_summary_part.added", ("item_id", open.Id), ("output_index", open.Index), ("summary_index", 0),
                    ("part", Nodes.Obj(("type", "summary_text"), ("text", "")))));
                break;
        }
    }

    private void Close(List<byte[]> events)
    {
        if (_open is not { } open)
        {
            return;
        }

        var text = _text.ToString();
        JsonObject done;
        switch (open.Kind)
        {
            case Kind.Function:
                events.Add(Event("response.function_call_arguments.done", ("item_id", open.Id), ("output_index", open.Index), ("name", open.Name), ("arguments", text)));
                done = ResponseItems.FunctionCall(open.Id, "completed", open.CallId!, open.Name, text);
                break;
            case Kind.Reasoning:
                events.Add(Event("response.reasoning_summary_text.done", ("item_id", open.Id), ("output_index", open.Index), ("summary_index", 0), ("text", text)));
                events.Add(Event("response.reasoning_summary_part.done", ("item_id", open.Id), ("output_index", open.Index), ("summary_index", 0),
                    ("part", Nodes.Obj(("type", "summary_text"), ("text", text)))));
                done = ResponseItems.Reasoning(open.Id, text);
                break;
            default:
                events.Add(open.Kind == Kind.Text
                    ? Event("response.output_text.done", ("item_id", open.Id), ("output_index", open.Index), ("content_index", 0), ("text", text), ("logprobs", new JsonArray()))
                    : Event("response.refusal.done", ("item_id", open.Id), ("output_index", open.Index), ("content_index", 0), ("refusal", text)));
                events.Add(Event("response.content_part.done", ("item_id", open.Id), ("output_index", open.Index), ("content_index", 0), ("part", Part(open.Kind, text))));
                done = ResponseItems.Message(open.Id, "completed", Part(open.Kind, text));
                break;
        }

        events.Add(Event("response.output_item.done", ("output_index", open.Index), ("item", done)));
        _output.Add(done.DeepClone());
        _open = null;
    }

    private static JsonObject Part(Kind kind, string text) => kind == Kind.Text ? ResponseItems.TextPart(text) : ResponseItems.RefusalPart(text);

    private byte[] Event(string type, params ReadOnlySpan<(string Name, JsonNode? Value)> fields)
    {
        var e = new JsonObject { ["type"] = type, ["sequence_number"] = _sequence++ };
        foreach (var (name, value) in fields)
        {
            e[name] = value;
        }

        return Nodes.Bytes(e);
    }

    private sealed record OpenItem(Kind Kind, string Id, int Index, int? ToolIndex, string? CallId, string? Name);
}
