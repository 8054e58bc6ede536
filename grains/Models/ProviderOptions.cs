namespace LlmActors.Grains.Models;

/// <summary>
/// A model endpoint: OpenAI-compatible (OpenAI, Azure OpenAI v1, vLLM, Ollama, llama.cpp, the simulator) or, with
/// <see cref="Kind"/> <c>anthropic</c>, Anthropic's Messages API.
/// </summary>
public sealed class ProviderOptions
{
    /// <summary>Base URL including <c>/v1</c>. Unset for the <c>sim</c> provider in embedded mode: the API's own <c>/sim/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Name of the environment variable holding the API key (preferred over <see cref="ApiKey"/>).</summary>
    public string? ApiKeyEnvironmentVariable { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Most connections the gateway opens to this endpoint.</summary>
    public int MaxConnections { get; set; } = 1024;

    /// <summary>
    /// <c>openai</c> (default): an OpenAI-compatible endpoint, key sent as a bearer token. <c>anthropic</c>: Anthropic's
    /// Messages API (<c>POST {Endpoint}/messages</c>, key in <c>x-api-key</c>, <see cref="AnthropicVersion"/>);
    /// Messages requests are forwarded to it as sent, everything else is translated.
    /// </summary>
    public string Kind { get; set; } = "openai";

    /// <summary>
    /// For kind <c>openai</c>: <c>chat</c> (default) serves Responses requests by translating them to Chat Completions;
    /// <c>responses</c> forwards them to the provider's own <c>/responses</c>.
    /// </summary>
    public string Api { get; set; } = "chat";

    /// <summary>The <c>anthropic-version</c> header sent to a provider of kind <c>anthropic</c>.</summary>
    public string AnthropicVersion { get; set; } = "2023-06-01";
}
