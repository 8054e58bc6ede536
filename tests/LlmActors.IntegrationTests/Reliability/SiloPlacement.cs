namespace LlmActors.IntegrationTests.Reliability;

/// <summary>Where grains live, read from each silo's <c>/stats</c>.</summary>
public static class SiloPlacement
{
    public static async Task<string> DescribeAsync(IEnumerable<SiloHandle> silos, params string[] grainTypes)
    {
        var text = new List<string>();
        foreach (var silo in silos.Where(s => !s.Process.HasExited))
        {
            var counts = new List<string>();
            foreach (var type in grainTypes)
            {
                counts.Add($"{type}={await silo.ActivationsAsync(type)}");
            }

            text.Add($"{silo.SiloPort}:{string.Join(',', counts)}");
        }

        return string.Join(' ', text);
    }

    /// <summary>The live silo holding the most activations of a grain type; it must hold at least one.</summary>
    public static async Task<SiloHandle> BusiestAsync(IEnumerable<SiloHandle> silos, string grainType)
    {
        var counts = new List<(SiloHandle Silo, int Count)>();
        foreach (var silo in silos.Where(s => !s.Process.HasExited))
        {
            counts.Add((silo, await silo.ActivationsAsync(grainType)));
        }

        var busiest = counts.MaxBy(c => c.Count);
        Assert.True(busiest.Count > 0, $"no silo holds a {grainType} grain");
        return busiest.Silo;
    }
}
