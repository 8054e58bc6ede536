using LlmActors.Chat;
using LlmActors.Quotas;

namespace LlmActors.Support;

/// <summary>
/// One customer conversation, keyed <c>{projectId}/{conversationId}</c> (<see cref="ConversationKeys"/>). Its
/// turns — sent, completed or streamed — are answered one at a time, in order; reading it never waits for a turn.
/// </summary>
public interface IConversationRouterGrain : IExpiring, IRequestHolder
{
    /// <summary>Adds the customer's message to the kept history and answers it through the routing pipeline.</summary>
    [ResponseTimeout(CallTimeouts.ModelCall)]
    Task<SupportReply> Send(SupportTurn turn, CancellationToken cancellationToken = default);

    /// <summary><c>model: "auto"</c> with this conversation's id: the history is the messages the client sent.</summary>
    [ResponseTimeout(CallTimeouts.ModelCall)]
    Task<SupportReply> Complete(ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="Complete"/>, streamed; the first item names model, tier and cache outcome.</summary>
    IAsyncEnumerable<ChatStreamItem> Stream(ChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>The conversation, or null if it has no turns.</summary>
    Task<ConversationView?> Get();

    /// <summary>A readable view of what this grain holds; the Orleans Dashboard's grain-state page calls a method of this name.</summary>
    Task<ConversationView?> GetState();
}
