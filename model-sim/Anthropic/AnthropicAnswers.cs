using LlmActors.ModelSim.Chat;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>The generator's answer in Anthropic's terms: blocks, stop reason and usage.</summary>
internal static class AnthropicAnswers
{
    public static List<AnthropicBlockResult> Blocks(ChoiceAnswer choice) => choice.Calls.Count > 0
        ? [.. choice.Calls.Select(c => new AnthropicBlockResult("tool_use", Id: c.Id, Name: c.Name, Input: Element(c.Arguments)))]
        : [new AnthropicBlockResult("text", choice.Text.Text)];

    /// <summary>Arguments JSON as a value to write (Anthropic sends a tool's input as an object, not a string).</summary>
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string StopReason(ChoiceAnswer choice) => choice.FinishReason switch
    {
        "length" => "max_tokens",
        "tool_calls" => "tool_use",
        _ when choice.Text.StopSequence is not null => "stop_sequence",
        _ => "end_turn",
    };

    /// <summary>Cache reads only where the request marked a breakpoint (<c>cache_control</c>), as Anthropic caches.</summary>
    public static AnthropicUsageResult Usage(ChatAnswer answer, bool cacheMarked, bool withOutput = true)
    {
        var cached = cacheMarked ? answer.Usage.CachedTokens : 0;
        return new AnthropicUsageResult(answer.Usage.PromptTokens - cached, withOutput ? answer.Usage.CompletionTokens : 0, 0, cached);
    }

    public static AnthropicMessageResult Message(string id, ChatRequest request, ChatAnswer answer, bool cacheMarked, bool whole)
    {
        var choice = answer.Choices[0];
        return new AnthropicMessageResult(id, "message", "assistant", request.Model.Name, whole ? Blocks(choice) : [],
            whole ? StopReason(choice) : null, whole ? choice.Text.StopSequence : null, Usage(answer, cacheMarked, whole));
    }
}
