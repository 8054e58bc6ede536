using System.Text.Json.Nodes;
using LlmActors.Chat;
using LlmActors.Grains.Models;
using LlmActors.Grains.Translation;
using LlmActors.Responses;

namespace LlmActors.Grains.Responses;

/// <summary>
/// What makes an answer this gateway's response, translated or forwarded alike: its id, creation time,
/// <c>previous_response_id</c> and <c>store</c> as the client asked (the provider saw neither), and — for a whole
/// answer — the usage that was charged.
/// </summary>
public static class ResponseFields
{
    public static void Apply(JsonObject response, ResponsesCall call)
    {
        response["id"] = call.ResponseId;
        response["created_at"] = call.CreatedAt;
        response["previous_response_id"] = call.PreviousResponseId;
        response["store"] = call.Store;
    }

    public static JsonObject Whole(byte[] body, ResponsesCall call, ChatUsage usage)
    {
        var response = Nodes.Answer(body);
        Apply(response, call);
        response["usage"] = ResponseShell.Usage(usage.PromptTokens, usage.CachedTokens, usage.CompletionTokens, usage.ReasoningTokens);
        return response;
    }

    /// <summary>An event holding the response (created, in_progress, completed, …) gets its fields; others pass as they are.</summary>
    public static (byte[] Data, JsonObject? Response) Event(byte[] data, ResponsesCall call)
    {
        if (JsonSplice.FindValue(data, "response"u8) is null)
        {
            return (data, null);
        }

        var e = Nodes.Answer(data);
        if (e["response"] is not JsonObject response)
        {
            return (data, null);
        }

        Apply(response, call);
        return (Nodes.Bytes(e), response);
    }
}
