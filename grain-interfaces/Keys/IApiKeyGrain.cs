namespace LlmActors.Keys;

/// <summary>One project key, keyed by its public prefix. Holds only the key's hash.</summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Stores a new key for a project; false if the prefix is already taken. A failed write leaves the prefix free.</summary>
    Task<bool> Create(string projectId, byte[] keyHash);

    /// <summary>
    /// Checks a presented key's hash in constant time and applies the per-key rate limit;
    /// <see cref="KeyCheckOutcome.NoSuchKey"/> when no key was ever created under this prefix.
    /// </summary>
    /// <remarks>
    /// An in-memory check: a short response timeout, so a check in flight on a silo that dies is answered 503 in
    /// seconds rather than after the default 30 s (the request's own model call is watched separately).
    /// </remarks>
    [ResponseTimeout("00:00:05")]
    Task<KeyCheck> Authenticate(byte[] keyHash);

    /// <summary>
    /// Revokes the key at once for every API host; false if no such key exists. True only once the revocation is
    /// stored: a failed write throws and leaves the key as it was, so a retry writes again.
    /// </summary>
    Task<bool> Revoke();
}
