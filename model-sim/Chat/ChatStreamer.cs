namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Sends an answer as SSE: headers at once (as a real provider does), then the role chunk and content
/// chunks at the model's token rate, the finish chunk, the usage chunk when asked, and <c>[DONE]</c>.
/// Chunks that are already due are written together and flushed once.
/// </summary>
internal static class ChatStreamer
{
    private static readonly TimeSpan CutPause = TimeSpan.FromMilliseconds(200);

    public static async Task StreamAsync(HttpContext context, ChatRequest request, Answer answer, Usage usage, LatencyPlan plan, bool cut, long started)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        using var chunks = new ChatChunkWriter(response, request.Model, request.IncludeUsage);
        if (!plan.IsInstant)
        {
            await chunks.FlushAsync(aborted);
            await Delay.Until(started, plan.FirstTokenMs, aborted);
        }

        chunks.Role();
        var ends = answer.SegmentEnds;
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            if (plan.PerTokenMs > 0 && i > 0)
            {
                // Tokens are spread over the chunks in proportion to their length.
                var tokensBefore = (double)start / answer.Text.Length * answer.CompletionTokens;
                var due = plan.FirstTokenMs + (tokensBefore * plan.PerTokenMs);
                var task = Delay.Until(started, due, aborted);
                if (!task.IsCompleted)
                {
                    if ((await chunks.FlushAsync(aborted)).IsCompleted)
                    {
                        // The client has gone: stop generating for nobody.
                        return;
                    }

                    await task;
                }
            }

            chunks.Content(answer.Text.AsSpan(start, ends[i] - start));
            start = ends[i];
            if (cut && i + 1 >= Fault.CutAfterChunks)
            {
                break;
            }
        }

        if (cut)
        {
            // Drop the connection mid-stream: the client sees an error, never a finish chunk or [DONE]. The pause
            // lets the tokens already sent reach the client first, as they would before a real connection loss.
            await chunks.FlushAsync(aborted);
            await Task.Delay(CutPause, aborted);
            context.Abort();
            return;
        }

        chunks.Finish(answer.FinishReason);
        if (request.IncludeUsage)
        {
            chunks.Usage(usage);
        }

        chunks.Done();
        await chunks.FlushAsync(aborted);
    }
}
