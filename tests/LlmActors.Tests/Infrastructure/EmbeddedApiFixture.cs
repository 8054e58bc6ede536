namespace LlmActors.Tests.Infrastructure;

/// <summary>One embedded API per test collection: starting a silo per test would dominate the run time.</summary>
public sealed class EmbeddedApiFixture : IAsyncLifetime
{
    public EmbeddedApiFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class EmbeddedApiCollection : ICollectionFixture<EmbeddedApiFixture>
{
    public const string Name = "embedded-api";
}
