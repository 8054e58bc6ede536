namespace LlmActors.Tests.Doors;

/// <summary>
/// A gateway whose catalog reaches the simulator three ways: <c>sim-small</c> over Chat Completions;
/// <c>claude-sim</c> on a provider of kind <c>anthropic</c> (the simulator's <c>/v1/messages</c>, answering as
/// <c>sim-large</c>), falling back to <c>sim-small</c>; and <c>gpt-native</c> on a provider that speaks Responses —
/// this very gateway's <c>/v1/responses</c> under another project's key, answering as <c>sim-small</c>.
/// </summary>
public sealed class ProviderWireFixture : IAsyncLifetime
{
    public const string UpstreamProject = "responses-upstream";

    private readonly string _keyVariable = "LLMACTORS_TEST_UPSTREAM_KEY_" + Guid.NewGuid().ToString("N")[..8];

    public EmbeddedApiFactory Factory { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var self = Factory.BaseAddress.ToString().TrimEnd('/');
        var settings = Factory.Settings;
        settings["Models:Providers:sim-anthropic:Kind"] = "anthropic";
        settings["Models:Providers:sim-anthropic:Endpoint"] = self + "/sim/v1";
        settings["Models:Providers:sim-anthropic:ApiKey"] = "sk-ant-simulated";
        settings["Models:Providers:self-responses:Api"] = "responses";
        settings["Models:Providers:self-responses:Endpoint"] = self + "/v1";
        settings["Models:Providers:self-responses:ApiKeyEnvironmentVariable"] = _keyVariable;
        Model("sim-small", "sim", "sim-small", 0.15m, 0.60m);
        Model("claude-sim", "sim-anthropic", "sim-large", 3m, 15m, cached: 0.30m, fallback: "sim-small");
        Model("gpt-native", "self-responses", "sim-small", 1m, 4m);
        foreach (var tier in new[] { "Simple", "Medium", "Complex" })
        {
            settings[$"Models:Tiers:{tier}"] = "sim-small";
        }

        Factory.StartServer();
        // The provider's key is read when it is first called, so the project can be made after the host starts.
        Environment.SetEnvironmentVariable(_keyVariable, await Factory.CreateProjectKey(UpstreamProject));
    }

    private void Model(string name, string provider, string providerModel, decimal input, decimal output, decimal? cached = null, string? fallback = null)
    {
        var settings = Factory.Settings;
        settings[$"Models:Catalog:{name}:Provider"] = provider;
        settings[$"Models:Catalog:{name}:ProviderModel"] = providerModel;
        settings[$"Models:Catalog:{name}:InputPerMillionUsd"] = input.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"Models:Catalog:{name}:OutputPerMillionUsd"] = output.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cached is { } price)
        {
            settings[$"Models:Catalog:{name}:CachedInputPerMillionUsd"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (fallback is not null)
        {
            settings[$"Models:Catalog:{name}:Fallbacks:0"] = fallback;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ProviderWireCollection : ICollectionFixture<ProviderWireFixture>
{
    public const string Name = "provider-wire";
}
