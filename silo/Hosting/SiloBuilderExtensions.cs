using System.Net;
using LlmActors.Grains;
using LlmActors.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;

namespace LlmActors.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Configures a silo the same way whether it runs as its own process or inside the API host:
    /// clustering and grain storage on PostgreSQL when <c>ConnectionStrings:Postgres</c> is set,
    /// otherwise localhost clustering with in-memory storage.
    /// </summary>
    public static ISiloBuilder AddLlmActorsSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = configuration.OrleansOptions();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });

        if (configuration.PostgresConnectionString() is { } postgres)
        {
            var advertised = options.AdvertisedIP is { Length: > 0 } ip ? IPAddress.Parse(ip) : null;
            if (advertised is not null)
            {
                silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }

            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterMode.Invariant;
                o.ConnectionString = postgres;
            });
            silo.AddPostgresGrainStorage(postgres);
        }
        else
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            foreach (var name in StorageNames.All)
            {
                // Memory storage still serializes every write; the Orleans binary format costs a fraction of the
                // default JSON, which a hot budget's group commits would otherwise pay on each write.
                silo.AddMemoryGrainStorage(name, ob => ob.Configure<Serializer>((o, serializer) =>
                    o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            }
        }

        silo.Services.AddLlmActorsGrains(configuration);
        silo.Configure<ClusterMembershipOptions>(FailureDetection.Configure);
        // The dashboard samples every counter on each tick; once a second cost ~6% of a saturated 2-core host.
        silo.AddDashboard(o => o.CounterUpdateIntervalMs = configuration.GetValue("Dashboard:CounterUpdateIntervalMs", 5000));
        return silo;
    }

    /// <summary>
    /// Every grain storage on PostgreSQL as plain JSON (the schema from <c>silo/Schema</c>). Public so the budget
    /// benchmark and the storage tests run on exactly the production storage setup.
    /// </summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton<GrainStateJsonSerializer>();
        foreach (var name in StorageNames.All)
        {
            // The provider under its own name, and grains given it through StoreFailureStorage (a row's key holds no
            // provider name, so the split changes nothing stored).
            silo.AddAdoNetGrainStorage(StoreFailureStorage.InnerName(name), ob => ob.Configure<GrainStateJsonSerializer>((o, json) =>
            {
                o.Invariant = ClusterMode.Invariant;
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = json;
            }));
            silo.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
                new StoreFailureStorage(services.GetRequiredKeyedService<IGrainStorage>(StoreFailureStorage.InnerName(name))));
        }

        return silo;
    }
}
