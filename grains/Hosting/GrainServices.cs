using LlmActors.Grains.Budgets;
using LlmActors.Grains.Code;
using LlmActors.Grains.Idempotency;
using LlmActors.Grains.Keys;
using LlmActors.Grains.Models;
using LlmActors.Grains.Moderation;
using LlmActors.Grains.Quotas;
using LlmActors.Grains.Responses;
using LlmActors.Grains.Spend;
using LlmActors.Grains.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Hosting;

public static class GrainServices
{
    /// <summary>Everything the grains need inside a silo; each case registers its own services here.</summary>
    public static IServiceCollection AddLlmActorsGrains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<KeyOptions>().Bind(configuration.GetSection(KeyOptions.Section));
        services.AddModels(configuration);
        services.AddModeration(configuration);
        services.AddCodeCompletion(configuration);
        services.AddBudgets(configuration);
        services.AddIdempotency(configuration);
        services.AddSpendLog(configuration);
        services.AddLlmActorsSupport(configuration);
        services.AddQuotas(configuration);
        services.AddResponses();
        return services;
    }
}
