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

    public static (string Key, string Prefix) Generate()
    {
        var id = RandomString(IdLength);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var prefix = Scheme + id;
        return (prefix + "_" + secret, prefix);
    }

    /// <summary>The public prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(Scheme, StringComparison.Ordinal) || key.Length < Scheme.Length + IdLength + 2
            || key[Scheme.Length + IdLength] != '_')
        {
            return null;
        }

        var prefix = key[..(Scheme.Length + IdLength)];
        return IsPrefix(prefix) ? prefix : null;
    }

    public static bool IsPrefix(string prefix) =>
        prefix.Length == Scheme.Length + IdLength && prefix.StartsWith(Scheme, StringComparison.Ordinal)
        && prefix.AsSpan(Scheme.Length).IndexOfAnyExcept(Alphabet) < 0;

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
