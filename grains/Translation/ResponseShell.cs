using System.Text.Json.Nodes;

namespace LlmActors.Grains.Translation;

/// <summary>
/// The Response object of a translated answer, echoing the request as OpenAI does (instructions, tools, text format,
/// sampling, metadata). Its id is a placeholder: the Responses grain gives every response (translated or forwarded)
/// its own id, creation time, <c>previous_response_id</c> and <c>store</c> (<see cref="ResponseFields"/>).
/// </summary>
public static class ResponseShell
{
    public const string PendingId = "resp_pending";

    public static JsonObject Create(JsonObject request, string model, string status, long createdAt)
    {
        var reasoning = request["reasoning"] as JsonObject;
        return new JsonObject
        {
            ["id"] = PendingId,
            ["object"] = "response",
            ["created_at"] = createdAt,
            ["status"] = status,
            ["background"] = false,
            ["error"] = null,
            ["incomplete_details"] = null,
            ["instructions"] = Nodes.Copy(request, "instructions"),
            ["max_output_tokens"] = Nodes.Copy(request, "max_output_tokens"),
            ["max_tool_calls"] = Nodes.Copy(request, "max_tool_calls"),
            ["model"] = model,
            ["output"] = new JsonArray(),
            ["parallel_tool_calls"] = Nodes.Copy(request, "parallel_tool_calls") ?? true,
            ["previous_response_id"] = null,
            ["reasoning"] = new JsonObject { ["effort"] = Nodes.Copy(reasoning, "effort"), ["summary"] = Nodes.Copy(reasoning, "summary") },
            ["service_tier"] = Nodes.Copy(request, "service_tier") ?? "default",
            ["store"] = Nodes.Copy(request, "store") ?? true,
            ["temperature"] = Nodes.Copy(request, "temperature") ?? 1.0,
            ["text"] = Nodes.Copy(request, "text") ?? new JsonObject { ["format"] = new JsonObject { ["type"] = "text" } },
            ["tool_choice"] = Nodes.Copy(request, "tool_choice") ?? "auto",
            ["tools"] = Nodes.Copy(request, "tools") ?? new JsonArray(),
            ["top_logprobs"] = Nodes.Copy(request, "top_logprobs") ?? 0,
            ["top_p"] = Nodes.Copy(request, "top_p") ?? 1.0,
            ["truncation"] = Nodes.Copy(request, "truncation") ?? "disabled",
            ["usage"] = null,
            ["user"] = Nodes.Copy(request, "user"),
            ["metadata"] = Nodes.Copy(request, "metadata") ?? new JsonObject(),
        };
    }

    /// <summary>Sets how the response ended, from a Chat Completions finish reason.</summary>
    public static void End(JsonObject response, string? finish)
    {
        var (status, incomplete) = StopReasons.ToResponseStatus(finish);
        response["status"] = status;
        response["incomplete_details"] = incomplete is null ? null : new JsonObject { ["reason"] = incomplete };
    }

    public static JsonObject Usage(int input, int cached, int output, int reasoning) => new()
    {
        ["input_tokens"] = input,
        ["input_tokens_details"] = new JsonObject { ["cached_tokens"] = cached },
        ["output_tokens"] = output,
        ["output_tokens_details"] = new JsonObject { ["reasoning_tokens"] = reasoning },
        ["total_tokens"] = input + output,
    };
}
