using LlmActors.IntegrationTests.Infrastructure;
using LlmActors.Silo.Hosting;
using LlmActors.Silo.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmActors.Bench;

/// <summary>
/// A cluster-mode silo in this process, configured exactly as a silo process is (ADO.NET clustering and grain
/// storage on PostgreSQL, schema from the migrator); the benchmark calls grains through its grain factory.
/// </summary>
public sealed class BenchSilo(IHost host) : IDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Without a connection string: an embedded-mode silo (in-memory storage), as the default API host runs.</summary>
    public static async Task<BenchSilo> StartAsync(string? connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = connectionString,
            ["Orleans:ClusterId"] = "bench",
            ["Orleans:ServiceId"] = "bench",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIP"] = "127.0.0.1",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.AddLlmActorsSilo(builder.Configuration));
        var host = builder.Build();
        await host.Services.MigrateSchemaAsync(builder.Configuration);
        await host.StartAsync();
        return new BenchSilo(host);
    }

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
    }
}
