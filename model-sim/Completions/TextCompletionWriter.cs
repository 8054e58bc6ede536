using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Streaming;

namespace LlmActors.ModelSim.Completions;

/// <summary>
/// The legacy <c>text_completion</c> shapes: the whole object, and a stream of <c>text_completion</c> chunks
/// (the echoed prompt first, text pieces at the model's pace, a last chunk per choice with empty text and the
/// finish reason, a usage chunk with empty <c>choices</c> when asked, then <c>[DONE]</c>).
/// </summary>
internal sealed class TextCompletionWriter(CompletionRequest request)
{
    private readonly string _id = ResponseIds.New("cmpl-");
    private readonly long _created = ResponseIds.UnixNow();

    public Task WriteAsync(HttpResponse response, CompletionAnswer answer) =>
        JsonResponse.WriteAsync(
            response,
            Result(answer.Choices.Select(c => new TextChoiceResult(c.Text, c.Index, c.LogprobsBetween(0, int.MaxValue), c.Answer.FinishReason)).ToList(), answer.Usage.ToLegacyResult()),
            SimJsonContext.Default.TextCompletionResult);

    public Task StreamAsync(HttpContext context, CompletionAnswer answer, LatencyPlan plan, bool cut, long started)
    {
        var timed = answer.Choices.SelectMany(Chunks).OrderBy(c => c.TokensBefore).ToList();
        var usage = request.IncludeUsage ? Result([], answer.Usage.ToLegacyResult()) : null;
        return SseStream.WriteAsync(context, timed, usage, SimJsonContext.Default.TextCompletionResult, plan, cut, started);
    }

    private IEnumerable<TimedChunk<TextCompletionResult>> Chunks(TextChoice choice)
    {
        var answer = choice.Answer;
        if (choice.Echo.Length > 0)
        {
            yield return new(0, true, Piece(choice.Index, choice.Echo, null, null));
        }

        double at = 0;
        var start = 0;
        foreach (var end in answer.SegmentEnds)
        {
            at = (double)start / answer.Text.Length * answer.CompletionTokens;
            yield return new(at, true, Piece(choice.Index, answer.Text[start..end], choice.LogprobsBetween(start, end), null));
            start = end;
        }

        yield return new(at, false, Piece(choice.Index, "", null, answer.FinishReason));
    }

    private TextCompletionResult Piece(int index, string text, LegacyLogprobs? logprobs, string? finish) =>
        Result([new TextChoiceResult(text, index, logprobs, finish)], null);

    private TextCompletionResult Result(List<TextChoiceResult> choices, UsageResult? usage) =>
        new(_id, "text_completion", _created, request.Model.Name, SimFingerprint.Value, choices, usage);
}
