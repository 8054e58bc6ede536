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
        if (configuration.PostgresConnectionString() is not { } postgres)
        {
            builder.UseOrleans(silo => silo.AddLlmActorsSilo(configuration));
            return builder;
        }

        var options = configuration.OrleansOptions();
        builder.Services.AddOptions<GatewayRetryOptions>().BindConfiguration(GatewayRetryOptions.Section);
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
        });
        return builder;
    }
}
