namespace LlmActors.Tests.Code;

/// <summary>
/// Its own gateway, because it changes the simulator's pacing: sim-code starts at once but writes 8 tokens a
/// second, so a 64-token answer takes 8 s and is still streaming when the 1.5 s hard timeout passes. A code
/// model without a first token after 0.5 s is replaced by its fallback (sim-small, default pacing).
/// </summary>
public sealed class SlowCodeModelFixture : IAsyncLifetime
{
    public static readonly TimeSpan HardTimeout = TimeSpan.FromMilliseconds(1500);

    public EmbeddedApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.Settings["Simulator:LatencyScale"] = "1";
        Factory.Settings["Simulator:Models:sim-code:TimeToFirstTokenMs"] = "50";
        Factory.Settings["Simulator:Models:sim-code:TokensPerSecond"] = "8";
        Factory.Settings["Simulator:Models:sim-code:Jitter"] = "0";
        Factory.Settings["Simulator:Models:sim-code:SlowTailProbability"] = "0";
        Factory.Settings["Code:HardTimeout"] = HardTimeout.ToString();
        Factory.Settings["Code:FirstTokenTimeout"] = "00:00:00.500";
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SlowCodeModelCollection : ICollectionFixture<SlowCodeModelFixture>
{
    public const string Name = "code-slow-model";
}
