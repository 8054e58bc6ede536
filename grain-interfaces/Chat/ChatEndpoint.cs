namespace LlmActors.Chat;

/// <summary>
/// Which API a forwarded request came in by, and so what its <see cref="ChatRequest.Body"/> and answer are in; every
/// door shares budgets, fallback and metering.
/// </summary>
[GenerateSerializer, Alias("chat.endpoint")]
public enum ChatEndpoint
{
    ChatCompletions = 0,
    /// <summary>Legacy <c>/v1/completions</c> (prompt, suffix).</summary>
    Completions = 1,
    /// <summary>OpenAI's Responses API (<c>/v1/responses</c>).</summary>
    Responses = 2,
    /// <summary>Anthropic's Messages API (<c>/v1/messages</c>).</summary>
    Messages = 3,
}
