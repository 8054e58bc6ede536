namespace LlmActors.Chat;

/// <summary>
/// Plain chat completions with a named model: reserve budget, call the model with fallback, commit usage.
/// A stateless worker; it holds no request state between calls.
/// </summary>
public interface IChatGrain : IGrainWithIntegerKey
{
    Task<ChatResult> Complete(ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams deltas as the model produces them; the last item is terminal.</summary>
    IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, CancellationToken cancellationToken = default);
}
