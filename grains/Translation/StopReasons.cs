namespace LlmActors.Grains.Translation;

/// <summary>Why an answer ended, in each API's words.</summary>
public static class StopReasons
{
    /// <summary>Anthropic's <c>stop_reason</c> → Chat Completions' <c>finish_reason</c>.</summary>
    public static string ToFinish(string? stopReason) => stopReason switch
    {
        "max_tokens" or "model_context_window_exceeded" => "length",
        "tool_use" => "tool_calls",
        "refusal" => "content_filter",
        _ => "stop", // end_turn, stop_sequence, pause_turn
    };

    /// <summary>
    /// Chat Completions' <c>finish_reason</c> → Anthropic's <c>stop_reason</c>. Chat Completions does not say whether a
    /// stop sequence or the model ended the answer, so <c>stop_sequence</c> is reported only when the provider names
    /// the sequence (vLLM's <c>stop_reason</c>).
    /// </summary>
    public static string ToStopReason(string? finish, string? matchedStop) => finish switch
    {
        "length" => "max_tokens",
        "tool_calls" or "function_call" => "tool_use",
        "content_filter" => "refusal",
        _ when matchedStop is not null => "stop_sequence",
        _ => "end_turn",
    };

    /// <summary>A Response's <c>status</c> and <c>incomplete_details.reason</c> for a Chat Completions finish.</summary>
    public static (string Status, string? Incomplete) ToResponseStatus(string? finish) => finish switch
    {
        "length" => ("incomplete", "max_output_tokens"),
        "content_filter" => ("incomplete", "content_filter"),
        _ => ("completed", null),
    };
}
