using LlmActors.Bench.Postgres;
using LlmActors.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace LlmActors.Tests.Budgets;

/// <summary>A PostgreSQL server started by the tests, and a silo whose budget storage and spend log live in it.</summary>
public sealed class PostgresBudgetFixture : IAsyncLifetime
{
    private ThrowawayPostgres? _server;

    public string ConnectionString { get; private set; } = "";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ThrowawayPostgres.StartAsync(durable: false);
        ConnectionString = await _server.CreateDatabaseAsync();
        await BudgetStorage.CreateSchemaAsync(ConnectionString);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = ConnectionString,
            ["SpendLog:RetryDelay"] = "00:00:00.200",
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddPostgresBudgetStorage(ConnectionString);
            silo.Services.AddLlmActorsGrains(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresBudgetCollection : ICollectionFixture<PostgresBudgetFixture>
{
    public const string Name = "budget-postgres";
}
