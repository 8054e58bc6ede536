namespace LlmActors.Tests.Streaming;

/// <summary>
/// A gateway whose simulator keeps its real pacing (sim-large writes about 45 tokens a second) and whose resilience
/// settings are the shipped defaults: what a user with a slow or hung model meets.
/// </summary>
public sealed class PacedApiFixture : IAsyncLifetime
{
    public EmbeddedApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.Settings["Simulator:LatencyScale"] = "1";
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PacedApiCollection : ICollectionFixture<PacedApiFixture>
{
    public const string Name = "paced-api";
}
