namespace LlmActors.Idempotency;

/// <summary>What a request under an idempotency key may do.</summary>
[GenerateSerializer, Alias("idempotency.outcome")]
public enum IdempotencyOutcome
{
    /// <summary>The key is the caller's: run the request, then complete or release the attempt.</summary>
    Run = 0,
    /// <summary>The same request already succeeded: answer its stored answer.</summary>
    Replay = 1,
    /// <summary>The key was used for a different request: 422 idempotency_key_reused.</summary>
    KeyReused = 2,
    /// <summary>The same request is still running: 409 idempotency_key_in_use.</summary>
    InUse = 3,
    /// <summary>The same request succeeded but its answer was not kept: 409 idempotency_replay_unavailable.</summary>
    ReplayUnavailable = 4,
}
