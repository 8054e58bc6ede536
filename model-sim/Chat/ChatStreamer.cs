using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Streaming;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Streams an answer as OpenAI does: every choice's chunks interleaved by when they are due (choices are
/// generated side by side), then a usage chunk with empty <c>choices</c> when <c>stream_options.include_usage</c>,
/// then <c>[DONE]</c>.
/// </summary>
internal static class ChatStreamer
{
    public static Task StreamAsync(HttpContext context, ChatRequest request, ChatAnswer answer, LatencyPlan plan, bool cut, long started)
    {
        var chunks = new ChatChunks(request);
        // OrderBy is stable: at equal due times choice 0 goes first, and a choice's chunks keep their order.
        var timed = answer.Choices.SelectMany(chunks.For).OrderBy(c => c.TokensBefore).ToList();
        var usage = request.IncludeUsage ? chunks.Usage(answer.Usage.ToResult()) : null;
        return SseStream.WriteAsync(context, timed, usage, SimJsonContext.Default.ChatChunk, plan, cut, started);
    }
}
