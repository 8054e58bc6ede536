namespace LlmActors.Grains.Models;

/// <summary>An OpenAI-compatible endpoint (OpenAI, Azure OpenAI v1, vLLM, Ollama, llama.cpp, the simulator).</summary>
public sealed class ProviderOptions
{
    /// <summary>Base URL including <c>/v1</c>. Unset for the <c>sim</c> provider in embedded mode: the API's own <c>/sim/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Name of the environment variable holding the API key (preferred over <see cref="ApiKey"/>).</summary>
    public string? ApiKeyEnvironmentVariable { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Most connections the gateway opens to this endpoint.</summary>
    public int MaxConnections { get; set; } = 1024;
}
