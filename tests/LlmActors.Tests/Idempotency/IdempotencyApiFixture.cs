namespace LlmActors.Tests.Idempotency;

/// <summary>
/// The embedded API with a small answer bound (16 KiB), so an embedding of a few inputs is "too large to store"
/// while every chat answer fits.
/// </summary>
public sealed class IdempotencyApiFixture : IAsyncLifetime
{
    public const int MaxAnswerBytes = 16 * 1024;

    private readonly EmbeddedApiFixture _api = new();

    public IdempotencyApiFixture() => _api.Factory.Settings["Idempotency:MaxAnswerBytes"] = MaxAnswerBytes.ToString();

    public EmbeddedApiFactory Factory => _api.Factory;

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IdempotencyApiCollection : ICollectionFixture<IdempotencyApiFixture>
{
    public const string Name = "idempotency-api";
}
