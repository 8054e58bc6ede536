using LlmActors.Grains.Budgets;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Support;

/// <summary>The embedded API with a budget gate that records charges, shared by the customer-service API tests.</summary>
public class SupportApiFixture : IAsyncLifetime
{
    private readonly EmbeddedApiFixture _api = new();

    public SupportApiFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    protected SupportApiFixture(IDictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings)
        {
            _api.Factory.Settings[key] = value;
        }

        _api.Factory.TestServices = services => services.AddSingleton<IBudgetGate>(Budget);
    }

    public RecordingBudgetGate Budget { get; } = new();

    public EmbeddedApiFactory Factory => _api.Factory;

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SupportApiCollection : ICollectionFixture<SupportApiFixture>
{
    public const string Name = "support-api";
}
