namespace LlmActors.Chat;

/// <summary>
/// A validated chat completion request, acting for one project (and optionally one of its users).
/// <see cref="Messages"/> is the text view the gateway's own rules read (routing, caches, the estimate);
/// <see cref="Body"/>, when set, is the client's request exactly as sent, forwarded to the provider with only
/// <c>model</c> rewritten. Without a body the gateway composes one from the messages and sampling.
/// </summary>
[GenerateSerializer, Immutable, Alias("chat.request")]
public sealed record ChatRequest(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string? UserId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] string Model,
    [property: Id(4)] ChatMessage[] Messages,
    [property: Id(5)] ChatSampling Sampling,
    [property: Id(6)] byte[]? Body = null,
    [property: Id(7)] PromptShape? Shape = null,
    [property: Id(8)] ChatEndpoint Endpoint = ChatEndpoint.ChatCompletions)
{
    public PromptShape PromptShape => Shape ?? PromptShape.Text;
}
