using LlmActors.Grains.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Budgets;

public static class BudgetServices
{
    public static IServiceCollection AddBudgets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BudgetOptions>()
            .Bind(configuration.GetSection(BudgetOptions.Section))
            .Validate(o => o.ReservationTtl > TimeSpan.Zero && o.ExpiryScanInterval > TimeSpan.Zero && o.MaxSettledIds > 0 && o.SettledPersistFor >= TimeSpan.Zero,
                "Budgets: ReservationTtl and ExpiryScanInterval must be positive and MaxSettledIds at least 1, SettledPersistFor not negative.")
            // A reservation that expired while its call still ran would let others be admitted against budget it holds.
            .Validate<IOptions<ModelsOptions>>(
                (o, models) => o.ReservationTtl > models.Value.Resilience.LongestCall,
                "Budgets:ReservationTtl must be longer than the longest model call (Models:Resilience:StreamTimeout and RequestTimeout).")
            .ValidateOnStart();
        services.TryAddSingleton<IBudgetGate, BudgetGate>();
        return services;
    }
}
