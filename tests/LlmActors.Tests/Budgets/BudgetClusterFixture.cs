using LlmActors.Grains;
using LlmActors.Grains.Budgets;
using LlmActors.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace LlmActors.Tests.Budgets;

/// <summary>One in-process silo for the budget grain tests, sharing a controllable clock with them.</summary>
public sealed class BudgetClusterFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The gate as the model path uses it: inside a silo.</summary>
    public IBudgetGate Gate => Cluster.Silos[0].ServiceProvider.GetRequiredService<IBudgetGate>();

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Budgets:ExpiryScanInterval"] = "00:00:00.100",
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Budgets);
            silo.AddMemoryGrainStorage(StorageNames.Idempotency);
            silo.Services.AddLlmActorsGrains(configuration);
            silo.Services.AddSingleton<TimeProvider>(Clock);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BudgetClusterCollection : ICollectionFixture<BudgetClusterFixture>
{
    public const string Name = "budget-cluster";
}
