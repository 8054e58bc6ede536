using LlmActors.ModelSim.Configuration;
using Microsoft.Extensions.Configuration;

namespace LlmActors.Tests.ModelSim;

public sealed class SimulatorOptionsTests
{
    private static SimulatorOptions Bind(Dictionary<string, string?> settings) =>
        SimulatorOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Defaults_cover_the_tiers_and_a_setting_changes_one_field_of_a_default_model()
    {
        var options = Bind(new() { ["Simulator:Models:sim-large:TokensPerSecond"] = "10", ["Simulator:LatencyScale"] = "0.5" });

        Assert.Equal(0.5, options.LatencyScale);
        Assert.Equal(10, options.Models["sim-large"].TokensPerSecond);
        Assert.Equal(800, options.Models["sim-large"].TimeToFirstTokenMs);
        Assert.Equal(15.00m, options.Models["sim-large"].OutputPricePerMillion);
        Assert.True(options.Models["sim-mod-fast"].ModerationNoise > options.Models["sim-mod-strong"].ModerationNoise);
        Assert.True(options.Models["sim-small"].TimeToFirstTokenMs < options.Models["sim-medium"].TimeToFirstTokenMs);
        Assert.True(options.Models["sim-medium"].TimeToFirstTokenMs < options.Models["sim-large"].TimeToFirstTokenMs);
        Assert.Equal(ModelKind.Embedding, options.Models["sim-embed"].Kind);
    }

    [Fact]
    public void Defaults_can_be_dropped_and_new_models_added()
    {
        var options = Bind(new() { ["Simulator:IncludeDefaultModels"] = "false", ["Simulator:Models:tiny:Kind"] = "Code" });

        Assert.Equal(["tiny"], options.Models.Keys);
        Assert.Equal(ModelKind.Code, options.Models["tiny"].Kind);
    }

    [Theory]
    [InlineData("Simulator:LatencyScale", "-1")]
    [InlineData("Simulator:Models:sim-small:TokensPerSecond", "0")]
    [InlineData("Simulator:Models:sim-small:SlowTailProbability", "2")]
    public void Nonsense_settings_fail_at_start(string key, string value) =>
        Assert.Throws<InvalidOperationException>(() => Bind(new() { [key] = value }));
}
