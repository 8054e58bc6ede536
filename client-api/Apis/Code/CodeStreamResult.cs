using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Code;

namespace LlmActors.Api.Apis.Code;

/// <summary>
/// A streamed completion as SSE: <c>code.completion.chunk</c> events with text deltas, then one
/// <c>code.completion</c> event that is exactly the unary answer (timedOut/cancelled included), then
/// <c>[DONE]</c>. A refusal before any text gets its HTTP status; a model failure after text has been sent
/// gets an error event and an aborted connection, never <c>[DONE]</c>.
/// </summary>
public sealed class CodeStreamResult(IAsyncEnumerable<CodeCompletionChunk> chunks) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = chunks.GetAsyncEnumerator(cancellationToken);
        if (!await enumerator.MoveNextAsync())
        {
            await ApiErrors.Unavailable("The completion stream ended before it started.").ExecuteAsync(httpContext);
            return;
        }

        if (enumerator.Current.Final?.Error is { } refused)
        {
            await CallErrors.ToResult(refused, httpContext.Response).ExecuteAsync(httpContext);
            return;
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var completed = new StrongBox<bool>();
        await SseData.WriteAsync(Events(enumerator, completed), response, cancellationToken);
        if (!completed.Value)
        {
            // A model failure after text, or the grain's stream ended without its terminal item: not a success.
            await SseData.AbortAsync(httpContext);
        }
    }

    private static async IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> Events(IAsyncEnumerator<CodeCompletionChunk> enumerator, StrongBox<bool> completed)
    {
        do
        {
            var chunk = enumerator.Current;
            if (chunk.Final is { Error: { } error })
            {
                yield return SseData.Item(SseData.Error(error));
                yield break;
            }

            if (chunk.Final is { } final)
            {
                yield return SseData.Item(SseData.Json(json => FinalEvent(json, CompletionResponse.From(final))));
                yield return SseData.Item(SseData.Done);
                completed.Value = true;
                yield break;
            }

            yield return SseData.Item(SseData.Json(json =>
            {
                json.WriteString("object", "code.completion.chunk");
                json.WriteString("model", chunk.Model);
                json.WriteString("delta", chunk.Delta);
            }));
        }
        while (await enumerator.MoveNextAsync());
    }

    private static void FinalEvent(Utf8JsonWriter json, CompletionResponse answer)
    {
        json.WriteString("object", "code.completion");
        json.WriteString("completion", answer.Completion);
        json.WriteBoolean("cached", answer.Cached);
        json.WriteBoolean("timedOut", answer.TimedOut);
        json.WriteBoolean("cancelled", answer.Cancelled);
        json.WriteString("model", answer.Model);
        json.WriteNumber("latencyMs", answer.LatencyMs);
        json.WriteString("finishReason", answer.FinishReason);
    }
}
