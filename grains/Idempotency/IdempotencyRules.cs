using LlmActors.Idempotency;

namespace LlmActors.Grains.Idempotency;

/// <summary>
/// The rules of one idempotency key, with no I/O. Each method answers the next state, or null when nothing
/// changes, so the grain adopts a change only once it is durable. An expired record counts as free.
/// </summary>
public static class IdempotencyRules
{
    public static (IdempotencyClaim Claim, IdempotencyState? Next) Begin(
        IdempotencyState current, string fingerprint, DateTimeOffset now, IdempotencyOptions options)
    {
        if (current.Phase == IdempotencyPhase.Free || current.ExpiresAt <= now)
        {
            var attempt = Guid.NewGuid();
            var running = new IdempotencyState
            {
                Phase = IdempotencyPhase.Running, Fingerprint = fingerprint, Attempt = attempt, ExpiresAt = now + options.InFlightTimeout,
            };
            return (new IdempotencyClaim(IdempotencyOutcome.Run, attempt, null, null), running);
        }

        var claim = current.Fingerprint != fingerprint
            ? IdempotencyClaim.Of(IdempotencyOutcome.KeyReused)
            : current.Phase switch
            {
                IdempotencyPhase.Running => IdempotencyClaim.Of(IdempotencyOutcome.InUse),
                IdempotencyPhase.Stored => new IdempotencyClaim(IdempotencyOutcome.Replay, Guid.Empty, current.Answer, null),
                _ => IdempotencyClaim.Of(IdempotencyOutcome.ReplayUnavailable, current.Reason),
            };
        return (claim, null);
    }

    /// <summary>The window runs from the answer, so a slow request's key is not freed early.</summary>
    public static IdempotencyState? Complete(IdempotencyState current, Guid attempt, StoredAnswer? answer, string? reason, DateTimeOffset now, IdempotencyOptions options) =>
        Owns(current, attempt)
            ? new IdempotencyState
            {
                Phase = answer is null ? IdempotencyPhase.Unreplayable : IdempotencyPhase.Stored,
                Fingerprint = current.Fingerprint,
                Attempt = attempt,
                ExpiresAt = now + options.Window,
                Answer = answer,
                Reason = reason,
            }
            : null;

    public static IdempotencyState? Release(IdempotencyState current, Guid attempt) =>
        Owns(current, attempt) ? IdempotencyState.Free : null;

    // A retry that took over after the lease ran out holds another attempt: the late outcome must not overwrite it.
    private static bool Owns(IdempotencyState current, Guid attempt) =>
        current.Phase == IdempotencyPhase.Running && current.Attempt == attempt;
}
