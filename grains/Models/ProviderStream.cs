using System.ClientModel.Primitives;
using System.Net.ServerSentEvents;

namespace LlmActors.Grains.Models;

/// <summary>
/// A provider's SSE stream, read chunk by chunk. It counts as started once a chunk carries output (text, a tool call,
/// a refusal, audio, or a choice's end) within the first-token timeout; what came before is buffered so a fallback
/// can still take over unseen. Disposing it cancels the HTTP call.
/// </summary>
public sealed class ProviderStream(Attempt attempt, CancellationTokenSource life) : IAsyncDisposable
{
    private static readonly byte[] Done = "[DONE]"u8.ToArray();
    private PipelineResponse? _response;
    private IAsyncEnumerator<SseItem<byte[]>>? _events;

    public Attempt Attempt { get; } = attempt;

    public List<StreamChunk> Buffered { get; } = [];

    /// <summary>False when the provider's stream already ended during the first-token wait.</summary>
    public bool More { get; private set; } = true;

    public CancellationToken Life => life.Token;

    public void Attach(PipelineResponse response)
    {
        _response = response;
        var body = response.ContentStream ?? throw new ProviderStreamException("The provider answered a stream request without a body.");
        _events = SseParser.Create(body, static (_, data) => data.ToArray()).EnumerateAsync(life.Token).GetAsyncEnumerator(life.Token);
    }

    public async Task ReadUntilFirstOutputAsync(CancellationToken deadline)
    {
        while (await ReadAsync().WaitAsync(deadline) is { } chunk)
        {
            Buffered.Add(chunk);
            if (AnswerReader.HasOutput(chunk.Head))
            {
                return;
            }
        }

        More = false;
    }

    /// <summary>The next chunk, null at the end, or the failure that cut the stream.</summary>
    public async Task<(StreamChunk? Chunk, Exception? Failure)> NextAsync()
    {
        try
        {
            return (await ReadAsync(), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    private async Task<StreamChunk?> ReadAsync()
    {
        while (await _events!.MoveNextAsync())
        {
            var data = _events.Current.Data;
            if (data.AsSpan().SequenceEqual(Done))
            {
                return null;
            }

            if (data.Length == 0)
            {
                continue;
            }

            var head = AnswerReader.Read(data) ?? throw new ProviderStreamException($"The provider sent an event that is not a chunk: {JsonSplice.Describe(data)}");
            if (head.Error is { } error)
            {
                throw new ProviderStreamException($"The provider's stream failed: {error.Message ?? error.Code ?? "error event"}");
            }

            return new StreamChunk(data, head);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await life.CancelAsync();
        if (_events is not null)
        {
            try
            {
                await _events.DisposeAsync();
            }
            catch (Exception)
            {
                // Tearing down a cancelled (or still pending) HTTP stream may throw; the stream is over either way.
            }
        }

        _response?.Dispose();
        life.Dispose();
    }
}
