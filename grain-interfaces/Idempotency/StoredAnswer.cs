namespace LlmActors.Idempotency;

/// <summary>A whole HTTP answer as it was sent: replayed byte for byte. Never changed once built.</summary>
[GenerateSerializer, Immutable, Alias("idempotency.answer")]
public sealed record StoredAnswer(
    [property: Id(0)] int Status,
    [property: Id(1)] StoredHeader[] Headers,
    [property: Id(2)] byte[] Body);
