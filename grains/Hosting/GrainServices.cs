using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using LlmActors.Grains.Keys;

namespace LlmActors.Grains.Hosting;

public static class GrainServices
{
    /// <summary>Everything the grains need inside a silo; each case registers its own services here.</summary>
    public static IServiceCollection AddLlmActorsGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<KeyOptions>().Bind(configuration.GetSection(KeyOptions.Section));
        return services;
    }
}
