using Microsoft.Extensions.Configuration;

namespace LlmActors.Silo.Hosting;

/// <summary>Cluster mode is on exactly when <c>ConnectionStrings:Postgres</c> is set.</summary>
public static class ClusterMode
{
    public const string ConnectionStringName = "Postgres";
    public const string Invariant = "Npgsql";

    public static string? PostgresConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs ? cs : null;

    public static bool IsClusterMode(this IConfiguration configuration) =>
        configuration.PostgresConnectionString() is not null;

    public static LlmActorsOrleansOptions OrleansOptions(this IConfiguration configuration) =>
        configuration.GetSection(LlmActorsOrleansOptions.Section).Get<LlmActorsOrleansOptions>() ?? new();
}
