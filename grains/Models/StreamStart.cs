using LlmActors.Chat;
using OpenAI.Chat;

namespace LlmActors.Grains.Models;

/// <summary>A provider stream that has produced its first token (or ended), with what it produced so far.</summary>
public sealed class StreamStart(ModelDefinition model, bool fallback, CancellationTokenSource life) : IAsyncDisposable
{
    private IAsyncEnumerator<StreamingChatCompletionUpdate>? _enumerator;

    public ModelDefinition Model { get; } = model;
    public bool Fallback { get; } = fallback;
    public List<StreamingChatCompletionUpdate> Buffered { get; } = [];

    /// <summary>False when the provider's stream already ended during the first-token wait.</summary>
    public bool More { get; private set; } = true;

    public CallError? Rejected { get; private init; }

    public static StreamStart RejectedBy(ModelDefinition model, string message) =>
        new(model, false, new CancellationTokenSource())
        {
            Rejected = new CallError(CallStatus.ProviderRejected, $"The model rejected the request: {message}"),
        };

    public void Attach(IAsyncEnumerator<StreamingChatCompletionUpdate> enumerator) => _enumerator = enumerator;

    public async Task ReadUntilFirstTokenAsync(CancellationToken deadline)
    {
        while (await _enumerator!.MoveNextAsync().AsTask().WaitAsync(deadline))
        {
            Buffered.Add(_enumerator.Current);
            if (_enumerator.Current.ContentUpdate.Any(p => !string.IsNullOrEmpty(p.Text)))
            {
                return;
            }
        }

        More = false;
    }

    /// <summary>The next update, null at the end, or the failure that cut the stream.</summary>
    public async Task<(StreamingChatCompletionUpdate? Update, Exception? Failure)> NextAsync()
    {
        try
        {
            return await _enumerator!.MoveNextAsync() ? (_enumerator.Current, null) : (null, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await life.CancelAsync();
        if (_enumerator is not null)
        {
            try
            {
                await _enumerator.DisposeAsync();
            }
            catch (Exception)
            {
                // Tearing down a cancelled (or still pending) HTTP stream may throw; the stream is over either way.
            }
        }

        life.Dispose();
    }
}
