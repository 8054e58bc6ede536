namespace LlmActors.ModelSim.Text;

/// <summary>
/// A 64-bit hash that is the same in every process and on every run (string.GetHashCode is randomised per
/// process), so answers, moderation noise and embeddings are reproducible across restarts and machines.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>FNV-1a over the UTF-16 code units, continued from <paramref name="seed"/>, then avalanched.</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var hash = Offset ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return Mix(hash);
    }

    /// <summary>The splitmix64 finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    /// <summary>A value in [0, 1) derived from the hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));
}
