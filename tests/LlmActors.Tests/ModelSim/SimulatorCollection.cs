namespace LlmActors.Tests.ModelSim;

/// <summary>One zero-latency simulator for all simulator tests: starting Kestrel per test would dominate.</summary>
[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorHost>
{
    public const string Name = "model-sim";
}
