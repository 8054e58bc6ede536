namespace LlmActors.Idempotency;

/// <summary>The answer to <see cref="IIdempotencyGrain.Begin"/>: the attempt to run, the answer to replay, or why neither.</summary>
[GenerateSerializer, Immutable, Alias("idempotency.claim")]
public sealed record IdempotencyClaim(
    [property: Id(0)] IdempotencyOutcome Outcome,
    [property: Id(1)] Guid Attempt,
    [property: Id(2)] StoredAnswer? Answer,
    [property: Id(3)] string? Reason)
{
    public static IdempotencyClaim Of(IdempotencyOutcome outcome, string? reason = null) => new(outcome, Guid.Empty, null, reason);
}
