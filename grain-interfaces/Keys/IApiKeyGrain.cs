namespace LlmActors.Keys;

/// <summary>One project key, keyed by its public prefix. Holds only the key's hash.</summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Stores a new key for a project; false if the prefix is already taken.</summary>
    Task<bool> Create(string projectId, byte[] keyHash);

    /// <summary>Checks a presented key's hash in constant time and applies the per-key rate limit.</summary>
    Task<KeyCheck> Authenticate(byte[] keyHash);

    /// <summary>Revokes the key at once for every API host; false if no such key exists.</summary>
    Task<bool> Revoke();
}
