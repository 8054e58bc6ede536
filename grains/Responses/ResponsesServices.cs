using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Responses;

public static class ResponsesServices
{
    /// <summary>The Responses door's silo side; its limits and retention are in the <c>Quotas</c> section.</summary>
    public static IServiceCollection AddResponses(this IServiceCollection services)
    {
        services.AddSingleton<ConversationChain>();
        return services;
    }
}
