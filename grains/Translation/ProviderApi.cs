namespace LlmActors.Grains.Translation;

/// <summary>The API a deployment's provider speaks, which decides what a request is sent as.</summary>
public enum ProviderApi
{
    /// <summary>OpenAI-compatible Chat Completions (and legacy completions): every provider kind <c>openai</c>.</summary>
    Chat = 0,

    /// <summary>OpenAI-compatible, and Responses requests go to its <c>/responses</c> as they are (<c>Api: "responses"</c>).</summary>
    Responses = 1,

    /// <summary>Anthropic's Messages API (<c>Kind: "anthropic"</c>): <c>/messages</c> with <c>x-api-key</c> and <c>anthropic-version</c>.</summary>
    Anthropic = 2,
}
