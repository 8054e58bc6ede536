using LlmActors.Grains.Quotas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmActors.Tests.Quotas;

/// <summary>
/// Its own gateway with per-project limits of 2 files, 2 conversations, 2 cache namespaces and 2 stored responses, so a test reaches
/// them in a few calls, and a fake clock for idle timeouts that the tests move days forward.
/// </summary>
public sealed class QuotaApiFixture : IAsyncLifetime
{
    public const int Limit = 2;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public EmbeddedApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.Settings["Quotas:MaxOpenFiles"] = Limit.ToString();
        Factory.Settings["Quotas:MaxConversations"] = Limit.ToString();
        Factory.Settings["Quotas:MaxCacheNamespaces"] = Limit.ToString();
        Factory.Settings["Quotas:MaxStoredResponses"] = Limit.ToString();
        Factory.TestServices = services => services.AddKeyedSingleton<TimeProvider>(QuotaClock.Key, Clock);
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class QuotaApiCollection : ICollectionFixture<QuotaApiFixture>
{
    public const string Name = "quota-api";
}
