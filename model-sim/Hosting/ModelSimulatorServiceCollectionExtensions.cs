using LlmActors.ModelSim;
using LlmActors.ModelSim.Configuration;

// The ASP.NET Core convention for hosting extensions: callers need no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class ModelSimulatorServiceCollectionExtensions
{
    /// <summary>Registers the simulator, configured from the <c>Simulator</c> section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddModelSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new ModelSimulator(SimulatorOptions.From(configuration)));
        return services;
    }
}
