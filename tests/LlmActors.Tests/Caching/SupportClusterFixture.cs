using LlmActors.Grains;
using LlmActors.Grains.Caching;
using LlmActors.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace LlmActors.Tests.Caching;

/// <summary>
/// One in-process silo with memory storage for the cache and routing grains. Caches hold at most
/// <see cref="Capacity"/> entries so eviction is reachable; cache time is a fake clock the tests move.
/// </summary>
public class SupportClusterFixture : IAsyncLifetime
{
    public const int Capacity = 3;

    private readonly IDictionary<string, string?> _settings;

    public SupportClusterFixture()
        : this(new Dictionary<string, string?> { ["SemanticCache:Capacity"] = Capacity.ToString() })
    {
    }

    protected SupportClusterFixture(IDictionary<string, string?> settings) => _settings = settings;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        var clock = Clock;
        var settings = _settings;
        builder.ConfigureSilo((_, silo) =>
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            silo.Services.AddLlmActorsGrains(configuration);
            silo.Services.AddKeyedSingleton<TimeProvider>(CacheClock.Key, clock);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SupportClusterCollection : ICollectionFixture<SupportClusterFixture>
{
    public const string Name = "support-cluster";
}
