namespace LlmActors.ModelSim.Chat;

/// <summary>
/// A finished answer: its text, where the streamed chunks split it (end offsets, ascending, the last equal to
/// the length), its token count and why it ended.
/// </summary>
internal sealed record Answer(string Text, int[] SegmentEnds, int CompletionTokens, string FinishReason)
{
    /// <summary>The stop sequence that ended the answer, if one did (Anthropic reports it; OpenAI only says "stop").</summary>
    public string? StopSequence { get; init; }
}
