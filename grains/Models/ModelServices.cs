using LlmActors.Grains.Caching;
using LlmActors.Grains.Projects;
using LlmActors.Grains.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Models;

public static class ModelServices
{
    public static IServiceCollection AddModels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModelsOptions>().Bind(configuration.GetSection(ModelsOptions.Section));
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<IModelCatalog, ModelCatalog>();
        services.AddSingleton<ProviderClients>();
        services.AddSingleton<ModelResilience>();
        services.AddSingleton<TokenCounter>();
        services.AddSingleton<Metering>();
        services.AddSingleton<ProviderCalls>();
        services.AddSingleton<DeploymentBalancer>();
        services.AddSingleton<FallbackChain>();
        services.AddSingleton<ChatPlanner>();
        services.AddSingleton<ProjectSettingsCache>();
        services.AddSingleton<ForwardRules>();
        services.AddOptions<ExactAnswerCacheOptions>().Bind(configuration.GetSection(ExactAnswerCacheOptions.Section));
        services.AddSingleton<ChatInvoker>();
        services.AddSingleton<ChatStreamer>();
        services.AddSingleton<EmbeddingInvoker>();
        return services;
    }
}
