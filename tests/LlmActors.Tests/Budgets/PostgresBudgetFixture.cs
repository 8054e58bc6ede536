using LlmActors.Grains.Hosting;
using LlmActors.IntegrationTests.Infrastructure;
using LlmActors.Silo.Hosting;
using LlmActors.Silo.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace LlmActors.Tests.Budgets;

/// <summary>
/// A PostgreSQL server started by the tests, with the production schema and grain storage, and a silo whose
/// budgets and spend log live in it.
/// </summary>
public sealed class PostgresBudgetFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public string ConnectionString { get; private set; } = "";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync();
        await new SchemaMigrator(ConnectionString, NullLogger.Instance).MigrateAsync(SchemaScripts.All);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = ConnectionString,
            ["SpendLog:RetryDelay"] = "00:00:00.200",
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddPostgresGrainStorage(ConnectionString);
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
