namespace LlmActors.Idempotency;

/// <summary>
/// The single owner of one idempotency key of one project (key: <see cref="IdempotencyKeys"/>), so a keyed request
/// runs at most once across every API host. Each method is one check-and-change plus one durable write.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the key for a request with this fingerprint: <see cref="IdempotencyOutcome.Run"/> (with the attempt to
    /// finish it with) when the key is new, expired or was released; otherwise why it may not run.
    /// </summary>
    Task<IdempotencyClaim> Begin(string fingerprint);

    /// <summary>Keeps a whole answer for the idempotency window; ignored unless <paramref name="attempt"/> still owns the key.</summary>
    Task Complete(Guid attempt, StoredAnswer answer);

    /// <summary>The request succeeded but its answer cannot be replayed (streamed, too large): later uses are refused with this reason.</summary>
    Task CompleteUnreplayable(Guid attempt, string reason);

    /// <summary>The request failed: forget the key so a retry runs. Ignored unless <paramref name="attempt"/> still owns it.</summary>
    Task Release(Guid attempt);
}
