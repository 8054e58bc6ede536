using LlmActors.Grains;
using LlmActors.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace LlmActors.Tests.Keys;

/// <summary>One in-process silo whose key storage can be made to fail a write, with a per-key rate limit on.</summary>
public sealed class KeyClusterFixture : IAsyncLifetime
{
    public const int RatePerSecond = 100;

    private const string InnerStorage = "keys.inner";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public FailingWrites Storage => Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Keys) as FailingWrites
        ?? throw new InvalidOperationException("key storage is not the failing one");

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Keys:RateLimitPerSecond"] = RatePerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(InnerStorage);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Keys, (services, _) =>
                new FailingWrites(services.GetRequiredKeyedService<IGrainStorage>(InnerStorage)));
            silo.Services.AddLlmActorsGrains(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Deactivates every idle grain, as a failover would: the next call reads what storage holds.</summary>
    public Task FailoverAsync() => Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    public Task<int> KeyGrainActivationsAsync() => KeyGrainActivations.CountAsync(Grains);

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class KeyClusterCollection : ICollectionFixture<KeyClusterFixture>
{
    public const string Name = "key-cluster";
}
