using System.ClientModel.Primitives;
using System.Net.ServerSentEvents;
using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Models;

/// <summary>
/// A provider's SSE stream, read chunk by chunk through the decoder of the API it speaks. It counts as started once a
/// chunk carries output (text, reasoning, a tool call, a refusal, audio, or a choice's end) within the first-token
/// timeout; what came before is buffered so a fallback can still take over unseen. Disposing it cancels the HTTP call.
/// </summary>
public sealed class ProviderStream(Attempt attempt, WireRoute route, CancellationTokenSource life) : IAsyncDisposable
{
    private readonly Queue<StreamChunk> _pending = new();
    private PipelineResponse? _response;
    private IAsyncEnumerator<SseItem<byte[]>>? _events;
    private IStreamDecoder _decoder = new ChatChunkDecoder();
    private bool _ended;

    public Attempt Attempt { get; } = attempt;

    /// <summary>What the attempt sent, and so what its events are in.</summary>
    public WireRoute Route { get; } = route;

    public List<StreamChunk> Buffered { get; } = [];

    /// <summary>False when the provider's stream already ended during the first-token wait.</summary>
    public bool More { get; private set; } = true;

    public CancellationToken Life => life.Token;

    public void Attach(PipelineResponse response, IStreamDecoder decoder)
    {
        _response = response;
        _decoder = decoder;
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
        while (true)
        {
            if (_pending.TryDequeue(out var next))
            {
                return next;
            }

            if (_ended || !await _events!.MoveNextAsync())
            {
                return null;
            }

            var data = _events.Current.Data;
            if (data.Length == 0)
            {
                continue;
            }

            var (chunks, end) = _decoder.Decode(data);
            foreach (var chunk in chunks)
            {
                _pending.Enqueue(chunk);
            }

            _ended = end;
        }
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
