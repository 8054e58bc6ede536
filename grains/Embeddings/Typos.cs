namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Whether two words are at most one typo apart: one letter replaced, inserted, dropped, or two neighbours
/// swapped ("refnud" for "refund"). Short words are left alone: at four letters a typo makes another word.
/// </summary>
public static class Typos
{
    public const int MinLength = 5;

    public static bool WithinOne(string a, string b)
    {
        if (a.Length < MinLength || b.Length < MinLength || Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return a == b;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var restA = a.AsSpan(i);
        var restB = b.AsSpan(i);
        return a.Length == b.Length
            ? restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]))
            : a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }
}
