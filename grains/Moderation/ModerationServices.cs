using LlmActors.Grains.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Moderation;

public static class ModerationServices
{
    /// <summary>The cascade, its evaluation and their options; the model layer (<see cref="ModelServices"/>) must be registered too.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModerationOptions>()
            .Bind(configuration.GetSection(ModerationOptions.Section))
            .Validate(o => o.DefaultPolicy.Problem() is null, "Moderation: AllowBelow and BlockAbove must be in [0, 1] with AllowBelow <= BlockAbove.")
            .Validate(o => o.MaxParallelCalls is >= 1 and <= 1024, "Moderation:MaxParallelCalls must be 1 to 1024.")
            .ValidateOnStart();
        services.AddSingleton<ModerationScorer>();
        services.AddSingleton<CascadeModelResolver>();
        services.AddSingleton<ModerationMetrics>();
        services.AddSingleton<ModerationCascade>();
        services.AddSingleton<ModerationEvaluator>();
        return services;
    }
}
