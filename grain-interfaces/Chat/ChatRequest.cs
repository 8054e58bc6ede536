namespace LlmActors.Chat;

/// <summary>
/// A validated chat completion request, acting for one project (and optionally one of its users).
/// <see cref="Messages"/> is the text view the gateway's own rules read (routing, caches, the estimate);
/// <see cref="Body"/>, when set, is the client's request exactly as sent, forwarded to the provider with only
/// <c>model</c> rewritten. Without a body the gateway composes one from the messages and sampling.
/// <see cref="ExactCache"/> and <see cref="ExactCacheTtl"/> are the request's own choice about the exact-answer cache
/// (<c>x-llmactors-cache</c>, <c>x-llmactors-cache-ttl</c>); null = the project's setting.
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
    [property: Id(8)] ChatEndpoint Endpoint = ChatEndpoint.ChatCompletions,
    [property: Id(9)] bool? ExactCache = null,
    [property: Id(10)] TimeSpan? ExactCacheTtl = null)
{
    public PromptShape PromptShape => Shape ?? PromptShape.Text;
}
