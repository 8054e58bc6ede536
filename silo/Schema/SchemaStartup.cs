using LlmActors.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LlmActors.Silo.Schema;

/// <summary>Brings the schema up to date before Orleans starts, waiting a bounded time for PostgreSQL to accept connections.</summary>
public static class SchemaStartup
{
    /// <summary>How long a silo waits for PostgreSQL at start (<c>Orleans:SchemaStartupTimeout</c>).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task MigrateSchemaAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (configuration.PostgresConnectionString() is not { } postgres)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SchemaMigrator));
        var timeout = configuration.GetValue("Orleans:SchemaStartupTimeout", DefaultTimeout);
        var migrator = new SchemaMigrator(postgres, logger);
        var deadline = DateTime.UtcNow + timeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await migrator.MigrateAsync(SchemaScripts.All, cancellationToken: cancellationToken);
                return;
            }
            catch (Exception e) when (IsNotReachableYet(e) && DateTime.UtcNow < deadline)
            {
                logger.LogWarning("PostgreSQL not reachable yet (attempt {Attempt}: {Reason}); retrying", attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 3)), cancellationToken);
            }
        }
    }

    // Refused connections and "the database system is starting up" are worth waiting for; bad SQL or a bad
    // password is not.
    private static bool IsNotReachableYet(Exception e) =>
        e is NpgsqlException { IsTransient: true } || e.InnerException is System.Net.Sockets.SocketException or TimeoutException;
}
