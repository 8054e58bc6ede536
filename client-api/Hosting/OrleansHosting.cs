using LlmActors.Silo.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace LlmActors.Api.Hosting;

public static class OrleansHosting
{
    /// <summary>
    /// Embedded (no <c>ConnectionStrings:Postgres</c>): a silo inside this process.
    /// Cluster mode: a pure Orleans client of the PostgreSQL-clustered silos.
    /// </summary>
    public static WebApplicationBuilder AddLlmActorsOrleans(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var clustered = configuration.PostgresConnectionString() is not null;
        builder.Services.AddOptions<InFlightCallOptions>().BindConfiguration(InFlightCallOptions.Section);
        builder.Services.AddSingleton(sp => new InFlightCalls(
            sp.GetRequiredService<IOptions<InFlightCallOptions>>(), sp.GetRequiredService<ILogger<InFlightCalls>>(), watching: clustered));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<InFlightCalls>());
        if (configuration.PostgresConnectionString() is not { } postgres)
        {
            builder.UseOrleans(silo => silo.AddLlmActorsSilo(configuration));
            return builder;
        }

        var options = configuration.OrleansOptions();
        builder.Services.AddOptions<GatewayRetryOptions>().BindConfiguration(GatewayRetryOptions.Section);
        // The client keeps retrying until a silo answers; start Kestrel alongside it rather than after it, so a host
        // started before its cluster already answers /healthz, and 503 for everything that needs the cluster.
        builder.Services.Configure<HostOptions>(o => o.ServicesStartConcurrently = true);
        builder.Services.AddSingleton<ClusterClientConnection>();
        builder.Services.AddSingleton<ILifecycleParticipant<IClusterClientLifecycle>>(sp => sp.GetRequiredService<ClusterClientConnection>());
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterMode.Invariant;
                o.ConnectionString = postgres;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            client.UseConnectionRetryFilter<StartupConnectionRetry>();
            client.AddOutgoingGrainCallFilter<GatewayRetryFilter>();
            client.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<InFlightCalls>());
        });
        return builder;
    }
}
