namespace LlmActors.Chat;

/// <summary>
/// Chat completions (and legacy completions) with a named model: reserve budget, call the model with fallback,
/// commit usage. Keeps no request state between calls.
/// </summary>
public interface IChatGrain : IGrainWithIntegerKey, IRequestHolder
{
    [ResponseTimeout(CallTimeouts.ModelCall)]
    Task<ChatResult> Complete(ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams deltas as the model produces them; the last item is terminal.</summary>
    IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, CancellationToken cancellationToken = default);
}
