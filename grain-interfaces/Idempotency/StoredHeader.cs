namespace LlmActors.Idempotency;

/// <summary>One response header kept with a stored answer.</summary>
[GenerateSerializer, Immutable, Alias("idempotency.header")]
public sealed record StoredHeader([property: Id(0)] string Name, [property: Id(1)] string Value);
