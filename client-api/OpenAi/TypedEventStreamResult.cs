using System.Buffers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LlmActors.Chat;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// Streams a Responses or Anthropic Messages answer: each item's chunk is one event, named (<c>event:</c>) by its JSON
/// <c>type</c> as both APIs do, with no <c>[DONE]</c>. As for chat, nothing is sent before the first item, so a refusal
/// still gets its status; a failure after that ends the stream with the door's error event
/// (<paramref name="errorEvent"/>, null when the grain already sent one) and an aborted connection.
/// </summary>
public sealed class TypedEventStreamResult(IAsyncEnumerable<ChatStreamItem> items, Func<CallError, byte[]?> errorEvent) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        if (await StreamOpening.FirstAsync(enumerator, httpContext) is not { } first)
        {
            return;
        }

        var response = httpContext.Response;
        StreamOpening.Start(response, first, tier: null);
        var outcome = new Outcome();
        await SseFormatter.WriteAsync(Events(first, enumerator, outcome, httpContext), response.Body,
            static (item, writer) => writer.Write(item.Data.Span), cancellationToken);
        if (!outcome.Completed)
        {
            await SseData.AbortAsync(httpContext);
        }
    }

    private async IAsyncEnumerable<SseItem<ReadOnlyMemory<byte>>> Events(
        ChatStreamItem first, IAsyncEnumerator<ChatStreamItem> enumerator, Outcome outcome, HttpContext httpContext,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var item = first; ; item = enumerator.Current)
        {
            if (item.Chunk is { } chunk)
            {
                yield return Named(chunk);
            }

            if (item.Error is { } error)
            {
                if (errorEvent(error) is { } failed)
                {
                    yield return Named(failed);
                }

                yield break;
            }

            if (item.Usage is not null)
            {
                outcome.Completed = true;
                yield break;
            }

            CallError? lost = null;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception e) when (!httpContext.RequestAborted.IsCancellationRequested)
            {
                // The silo serving the stream died, or the cluster went away: too late for a status code.
                httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<TypedEventStreamResult>()
                    .LogWarning("Stream {RequestId} lost its source after it started: {Reason}", httpContext.Response.Headers["x-request-id"].ToString(), e.GetType().Name);
                lost = new CallError(CallStatus.Unavailable, "The stream was interrupted after it started.");
            }

            if (lost is not null)
            {
                if (errorEvent(lost) is { } failed)
                {
                    yield return Named(failed);
                }

                yield break;
            }
        }
    }

    private static SseItem<ReadOnlyMemory<byte>> Named(byte[] data) => new(data, TypeOf(data));

    private static string? TypeOf(byte[] data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }

    private sealed class Outcome
    {
        public bool Completed { get; set; }
    }
}
