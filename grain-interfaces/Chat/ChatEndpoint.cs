namespace LlmActors.Chat;

/// <summary>Which OpenAI route a forwarded request is for; both share budgets, fallback and metering.</summary>
[GenerateSerializer, Alias("chat.endpoint")]
public enum ChatEndpoint
{
    ChatCompletions = 0,
    /// <summary>Legacy <c>/v1/completions</c> (prompt, suffix).</summary>
    Completions = 1,
}
