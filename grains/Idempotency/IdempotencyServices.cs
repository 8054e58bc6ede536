using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Grains.Idempotency;

public static class IdempotencyServices
{
    /// <summary>The <c>Idempotency</c> options; called by the silo and by the API host (harmless when both share one container).</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.Window > TimeSpan.Zero && o.InFlightTimeout > TimeSpan.Zero && o.MaxAnswerBytes >= 0,
                "Idempotency: Window and InFlightTimeout must be positive and MaxAnswerBytes not negative.")
            .ValidateOnStart();
        return services;
    }
}
