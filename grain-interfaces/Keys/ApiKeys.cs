using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Keys;

/// <summary>
/// Project keys look like <c>llma_{12-char id}_{43-char secret}</c>. The id (with the <c>llma_</c> prefix) is the
/// key's public prefix and the key grain's identity; only a SHA-256 of the whole key is ever stored.
/// </summary>
public static class ApiKeys
{
    public const string Scheme = "llma_";
    private const int IdLength = 12;
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int PrefixLength = 5 + IdLength; // Scheme.Length + IdLength

    // 32 random bytes in unpadded base64url.
    private const int SecretLength = 43;
    private static readonly SearchValues<char> SecretAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static (string Key, string Prefix) Generate()
    {
        var id = RandomString(IdLength);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var prefix = Scheme + id;
        return (prefix + "_" + secret, prefix);
    }

    /// <summary>
    /// The public prefix of a well-formed key, or null. The whole key is checked, not only its prefix, so a
    /// malformed key is refused without reaching (and activating) a key grain.
    /// </summary>
    public static string? PrefixOf(string key) => IsWellFormed(key) ? key[..PrefixLength] : null;

    /// <summary>Exactly the shape <see cref="Generate"/> makes: prefix, '_', 43 base64url characters.</summary>
    public static bool IsWellFormed(string key) =>
        key.Length == PrefixLength + 1 + SecretLength
        && IsPrefix(key.AsSpan(0, PrefixLength))
        && key[PrefixLength] == '_'
        && key.AsSpan(PrefixLength + 1).IndexOfAnyExcept(SecretAlphabet) < 0;

    public static bool IsPrefix(ReadOnlySpan<char> prefix) =>
        prefix.Length == PrefixLength && prefix.StartsWith(Scheme, StringComparison.Ordinal)
        && prefix[Scheme.Length..].IndexOfAnyExcept(Alphabet) < 0;

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Constant-time comparison of two secrets of any length (hashing first hides the length).</summary>
    public static bool SecretsEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Hash(a), Hash(b));

    private static string RandomString(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
