using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LlmActors.Grains.Quotas;

public static class QuotaServices
{
    public static IServiceCollection AddQuotas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuotaOptions>().Bind(configuration.GetSection(QuotaOptions.Section))
            .Validate(o => o.IsValid, "Quotas: every limit, timeout and interval must be positive")
            .ValidateOnStart();
        services.TryAddKeyedSingleton(QuotaClock.Key, (sp, _) => sp.GetService<TimeProvider>() ?? TimeProvider.System);
        return services;
    }
}
