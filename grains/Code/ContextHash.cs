using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Grains.Code;

/// <summary>
/// Stable hashes of context parts (cache keys survive restarts and are equal on every silo, unlike
/// <see cref="string.GetHashCode()"/>). 128 bits of SHA-256: collisions are not a practical concern.
/// </summary>
public static class ContextHash
{
    public static string Of(params ReadOnlySpan<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ReadOnlySpan<byte> separator = [0];
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData(separator);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
