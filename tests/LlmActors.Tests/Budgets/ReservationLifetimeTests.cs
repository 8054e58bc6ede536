using LlmActors.Grains.Budgets;
using LlmActors.Grains.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmActors.Tests.Budgets;

/// <summary>A reservation must outlive the call it holds budget for, or others are admitted against budget still in use.</summary>
public sealed class ReservationLifetimeTests
{
    [Fact]
    public void By_default_a_reservation_outlives_the_longest_stream()
    {
        var options = Resolve([]);

        Assert.True(options.ReservationTtl > new ResilienceOptions().StreamTimeout, $"{options.ReservationTtl} vs {new ResilienceOptions().StreamTimeout}");
    }

    [Theory]
    [InlineData("00:05:00", "00:05:00")]
    [InlineData("00:02:00", "00:05:00")]
    public void A_reservation_lifetime_not_longer_than_the_longest_call_is_refused_at_start(string ttl, string streamTimeout)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Budgets:ReservationTtl"] = ttl,
            ["Models:Resilience:StreamTimeout"] = streamTimeout,
        }));

        Assert.Contains("ReservationTtl", error.Message);
    }

    private static BudgetOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddModels(configuration).AddBudgets(configuration).AddMetrics().BuildServiceProvider();
        return services.GetRequiredService<IOptions<BudgetOptions>>().Value;
    }
}
