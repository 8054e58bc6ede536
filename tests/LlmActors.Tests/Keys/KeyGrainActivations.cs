using Orleans.Runtime;

namespace LlmActors.Tests.Keys;

public static class KeyGrainActivations
{
    /// <summary>Key grain activations in the whole cluster.</summary>
    public static async Task<int> CountAsync(IGrainFactory grains)
    {
        var stats = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.Where(s => s.GrainType.Contains("ApiKeyGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
