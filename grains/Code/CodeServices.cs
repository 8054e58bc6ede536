using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Code;

public static class CodeServices
{
    public static IServiceCollection AddCodeCompletion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CodeCompletionOptions>()
            .Bind(configuration.GetSection(CodeCompletionOptions.Section))
            .Validate(o => !o.Problems().Any(), "Invalid Code section: see CodeCompletionOptions.Problems")
            .ValidateOnStart();
        services.AddSingleton<CompletionCalls>();
        services.AddSingleton<CodeMetrics>();
        return services;
    }
}
