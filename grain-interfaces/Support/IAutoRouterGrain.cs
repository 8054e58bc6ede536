using LlmActors.Chat;

namespace LlmActors.Support;

/// <summary><c>model: "auto"</c> without a conversation id: the routing pipeline with no kept state.</summary>
public interface IAutoRouterGrain : IGrainWithIntegerKey, IRequestHolder
{
    [ResponseTimeout(CallTimeouts.ModelCall)]
    Task<SupportReply> Complete(ChatRequest request, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, CancellationToken cancellationToken = default);
}
