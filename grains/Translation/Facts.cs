using LlmActors.Grains.Models;

namespace LlmActors.Grains.Translation;

/// <summary>
/// What the gateway reads of an answer in another API's shape, written as a Chat Completions head, so metering,
/// first-token detection and the text the caches keep work the same for every door.
/// </summary>
public static class Facts
{
    public static AnswerHead Whole(string text, string? reasoning, List<AnswerToolCall> calls, string finish, AnswerUsage? usage) =>
        new([new AnswerChoice(0, new AnswerMessage(text, null, calls.Count > 0 ? calls : null, null, null, reasoning), null, null, finish)], usage, null);

    public static AnswerHead Delta(string? text = null, string? reasoning = null, AnswerToolCall? call = null, string? finish = null, string? refusal = null) =>
        new([new AnswerChoice(0, null, new AnswerMessage(text, refusal, call is null ? null : [call], null, null, reasoning), null, finish)], null, null);

    public static AnswerHead Ended(string finish, AnswerUsage? usage) =>
        new([new AnswerChoice(0, null, null, null, finish)], usage, null);

    public static AnswerHead Nothing { get; } = new(null, null, null);

    public static AnswerUsage Usage(int prompt, int completion, int cached, int reasoning) =>
        new(prompt, completion, new AnswerPromptDetails(cached), new AnswerCompletionDetails(reasoning));
}
