using System.Runtime.CompilerServices;

namespace LlmActors.ModelSim.Hosting;

/// <summary>
/// The simulator of a host: the registered singleton when <c>AddModelSimulator</c> was called, else one made from
/// configuration and kept per service provider, so a host that only maps the routes still shares one fault table
/// between all its route groups.
/// </summary>
internal static class SimulatorInstances
{
    private static readonly ConditionalWeakTable<IServiceProvider, ModelSimulator> Unregistered = new();

    public static ModelSimulator For(IServiceProvider services) =>
        services.GetService<ModelSimulator>()
        ?? Unregistered.GetValue(services, s => new ModelSimulator(SimulatorOptions.From(s.GetRequiredService<IConfiguration>())));
}
