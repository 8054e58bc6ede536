using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Spend;

public static class SpendLogServices
{
    /// <summary>The fixed connection string name (API.md): set means cluster mode, so the log goes to PostgreSQL.</summary>
    public const string ConnectionStringName = "Postgres";

    public static IServiceCollection AddSpendLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpendLogOptions>().Bind(configuration.GetSection(SpendLogOptions.Section));
        if (configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } postgres)
        {
            services.TryAddSingleton(sp => new PostgresSpendLog(postgres, sp.GetRequiredService<IOptions<SpendLogOptions>>(),
                sp.GetRequiredService<ILogger<PostgresSpendLog>>()));
            services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PostgresSpendLog>());
            services.TryAddSingleton<ISpendLog>(sp => sp.GetRequiredService<PostgresSpendLog>());
            services.TryAddSingleton<ISpendStore>(sp => sp.GetRequiredService<PostgresSpendLog>());
        }
        else
        {
            services.TryAddSingleton<InMemorySpendLog>();
            services.TryAddSingleton<ISpendLog>(sp => sp.GetRequiredService<InMemorySpendLog>());
            services.TryAddSingleton<ISpendStore>(sp => sp.GetRequiredService<InMemorySpendLog>());
        }

        return services;
    }
}
