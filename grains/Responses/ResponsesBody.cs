using System.Text.Json.Nodes;
using LlmActors.Grains.Translation;
using LlmActors.Responses;

namespace LlmActors.Grains.Responses;

/// <summary>
/// The request the chat path runs for a Responses call: the client's body with the conversation so far in front of
/// its input (each earlier turn's input items, then its output items), <c>previous_response_id</c> removed and
/// <c>store</c> off — the gateway keeps the state, a provider that speaks Responses is asked to keep none.
/// </summary>
public static class ResponsesBody
{
    /// <summary>The expanded body, and this turn's own input items (what its stored response keeps).</summary>
    public static (byte[] Body, string[] Input) Expand(byte[] clientBody, IReadOnlyList<StoredResponse> turns)
    {
        var body = Nodes.Request(clientBody);
        var own = Own(body["input"]);
        var input = new JsonArray();
        foreach (var turn in turns)
        {
            foreach (var item in turn.Input)
            {
                input.Add(JsonNode.Parse(item));
            }

            foreach (var item in Nodes.Request(System.Text.Encoding.UTF8.GetBytes(turn.Response))["output"] as JsonArray ?? [])
            {
                if (Replayable(item as JsonObject) is { } replay)
                {
                    input.Add(replay);
                }
            }
        }

        foreach (var item in own)
        {
            input.Add(item.DeepClone());
        }

        body["input"] = input;
        body.Remove("previous_response_id");
        body["store"] = false;
        return (Nodes.Bytes(body), [.. own.Select(i => i.ToJsonString())]);
    }

    /// <summary>A string input is one user message.</summary>
    private static List<JsonNode> Own(JsonNode? input) => input switch
    {
        JsonArray items => [.. items.Where(i => i is not null).Select(i => i!)],
        _ when Nodes.Str(input) is { } text => [new JsonObject
        {
            ["type"] = "message",
            ["role"] = "user",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "input_text", ["text"] = text }),
        }],
        _ => [],
    };

    /// <summary>
    /// An output item as the next turn's input: without its id (a provider that stores nothing knows none), and
    /// reasoning only where it carries its encrypted content (the only form a stateless provider takes back).
    /// </summary>
    private static JsonObject? Replayable(JsonObject? item)
    {
        if (item is null || (Nodes.Str(item, "type") == "reasoning" && Nodes.Str(item, "encrypted_content") is null))
        {
            return null;
        }

        var copy = (JsonObject)item.DeepClone();
        if (Nodes.Str(item, "type") != "reasoning")
        {
            copy.Remove("id");
        }

        return copy;
    }
}
