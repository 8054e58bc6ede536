using LlmActors.Chat;

namespace LlmActors.Responses;

/// <summary>
/// Runs Responses API calls: rebuilds the conversation from <c>previous_response_id</c> (this project's stored
/// responses only), calls the model through the shared chat path (budgets, fallback, metering), gives the answer its
/// response id, and stores it (unless <c>store</c> is false) before the client sees it end. Keeps no request state
/// between calls.
/// </summary>
public interface IResponsesGrain : IGrainWithIntegerKey, IRequestHolder
{
    /// <summary>A whole response; its body is the Response object.</summary>
    [ResponseTimeout(CallTimeouts.ModelCall)]
    Task<ChatResult> Create(ResponsesCall call, CancellationToken cancellationToken = default);

    /// <summary>The Responses stream's typed events as items (each chunk one event); the last item is terminal.</summary>
    IAsyncEnumerable<ChatStreamItem> Stream(ResponsesCall call, CancellationToken cancellationToken = default);
}
