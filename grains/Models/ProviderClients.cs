using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace LlmActors.Grains.Models;

/// <summary>
/// One OpenAI SDK client per provider (and, for Anthropic providers, one ClientModel pipeline), sharing a pooled HTTP
/// handler per provider. The SDK's own retries are off: fallback and timeouts are the gateway's decisions
/// (<see cref="ModelResilience"/>).
/// </summary>
public sealed class ProviderClients(IOptions<ModelsOptions> options, IServiceProvider services) : IDisposable
{
    private readonly ConcurrentDictionary<string, OpenAIClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (ClientPipeline, Uri)> _anthropic = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, HttpClient> _http = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Uri> _endpoints = new(StringComparer.OrdinalIgnoreCase);

    public OpenAIClient For(string provider) => _clients.GetOrAdd(provider, Create);

    /// <summary>The provider's client and the base URL it was made for (for routes the SDK has no public client for).</summary>
    public (OpenAIClient Client, Uri Endpoint) WithEndpoint(string provider)
    {
        var client = For(provider);
        return (client, _endpoints[provider]);
    }

    /// <summary>
    /// A pipeline for an Anthropic provider: the same pooled transport, no SDK retries, the key in <c>x-api-key</c> and
    /// the configured <c>anthropic-version</c> on every request.
    /// </summary>
    public (ClientPipeline Pipeline, Uri Endpoint) Anthropic(string provider) => _anthropic.GetOrAdd(provider, name =>
    {
        var (settings, endpoint, key, http) = Resolve(name);
        var pipeline = ClientPipeline.Create(
            new ClientPipelineOptions { Transport = new HttpClientPipelineTransport(http), RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = Timeout.InfiniteTimeSpan },
            [ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(new ApiKeyCredential(key), "x-api-key"), new FixedHeaderPolicy("anthropic-version", settings.AnthropicVersion)],
            [],
            []);
        return (pipeline, endpoint);
    });

    public void Dispose()
    {
        foreach (var http in _http.Values)
        {
            http.Dispose();
        }
    }

    private OpenAIClient Create(string provider)
    {
        var (_, endpoint, key, http) = Resolve(provider);
        return new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        });
    }

    private (ProviderOptions Settings, Uri Endpoint, string Key, HttpClient Http) Resolve(string provider)
    {
        var settings = options.Value.Providers.GetValueOrDefault(provider) ?? new ProviderOptions();
        var endpoint = settings.Endpoint is { Length: > 0 } configured ? new Uri(configured) : SelfSimulator(provider);
        _endpoints[provider] = endpoint;
        var key = settings.ApiKeyEnvironmentVariable is { Length: > 0 } variable
            ? Environment.GetEnvironmentVariable(variable)
            : settings.ApiKey;

        var http = _http.GetOrAdd(provider, _ => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.MaxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan });
        return (settings, endpoint, string.IsNullOrEmpty(key) ? "unused" : key, http);
    }

    /// <summary>In embedded mode the simulator is served by this very process at <c>/sim/v1</c>.</summary>
    private Uri SelfSimulator(string provider)
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var self = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses?.FirstOrDefault();
        if (provider != DefaultCatalog.SimProvider || self is null)
        {
            throw new InvalidOperationException($"Models:Providers:{provider}:Endpoint is not configured.");
        }

        var local = self.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(local.TrimEnd('/') + "/sim/v1");
    }
}
