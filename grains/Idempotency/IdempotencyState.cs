using LlmActors.Idempotency;

namespace LlmActors.Grains.Idempotency;

/// <summary>
/// What a key persists: the fingerprint of the request that used it, how far that request got, until when the
/// record holds, and the stored answer. The running phase is persisted too, so a failover of the grain's silo
/// cannot let a second copy of a running request start. Treated as a value: the rules build a new one per change.
/// </summary>
[GenerateSerializer, Alias("idempotency.state")]
public sealed class IdempotencyState
{
    public static readonly IdempotencyState Free = new();

    [Id(0)] public IdempotencyPhase Phase { get; set; }
    [Id(1)] public string Fingerprint { get; set; } = "";
    [Id(2)] public Guid Attempt { get; set; }
    [Id(3)] public DateTimeOffset ExpiresAt { get; set; }
    [Id(4)] public StoredAnswer? Answer { get; set; }
    [Id(5)] public string? Reason { get; set; }
}
