namespace LlmActors.Tests.Moderation;

/// <summary>
/// Its own embedded API and simulator, because these tests take models down. The breaker's minimum throughput is
/// raised so that one test's outage does not leave a circuit open for the next.
/// </summary>
public sealed class ModerationFaultFixture : IAsyncLifetime
{
    public EmbeddedApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.Settings["Models:Resilience:MinimumThroughput"] = "1000000";
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ModerationFaultCollection : ICollectionFixture<ModerationFaultFixture>
{
    public const string Name = "moderation-faults";
}
