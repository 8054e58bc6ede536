namespace LlmActors.Grains.Embeddings;

/// <summary>
/// FNV-1a over UTF-16 code units. Stable across processes and machines (string.GetHashCode is not), which
/// matters because hashed vectors are persisted and compared across silos.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = Offset)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        // A final avalanche so that the low bits (the bucket) depend on every character.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        return hash;
    }

    public static ulong Combine(ulong a, ulong b) => Of([(char)(b & 0xffff), (char)((b >> 16) & 0xffff), (char)((b >> 32) & 0xffff), (char)(b >> 48)], a);
}
