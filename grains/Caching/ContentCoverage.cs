using LlmActors.Grains.Embeddings;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Whether one question's informative units (<see cref="ContentUnits"/>) are all found in another question or in
/// the FAQ wording of their shared intent. A near miss is written with the words of the question it resembles
/// plus the one that changes what it asks ("my bill payment failed", "how do I turn roaming off"), and no
/// similarity threshold separates that word from a paraphrase's harmless extra ones; so a neighbour may answer
/// only if nothing the question says is left unexplained. No word list is involved: typos (one edit) and
/// inflections (a shared stem of 4+ letters, "cancel"/"cancellation") count as found. Not even one Chinese
/// character may stay unexplained: Chinese verbs are often one character (交 pay, 扣 deduct, 退 return, 改
/// change), and a verb is what a near miss changes.
/// </summary>
public static class ContentCoverage
{
    private const int MinPrefix = 4;

    /// <summary>True when every unit of <paramref name="units"/> is found in <paramref name="cached"/> or <paramref name="intent"/>.</summary>
    public static bool Explains(IReadOnlyList<string> units, IReadOnlyList<string> cached, IReadOnlyList<string> intent) =>
        units.All(unit => Found(unit, cached) || Found(unit, intent));

    private static bool Found(string unit, IReadOnlyList<string> units)
    {
        foreach (var other in units)
        {
            if (unit == other || (char.IsAsciiLetter(unit[0]) && Near(unit, other)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(string a, string b) =>
        Typos.WithinOne(a, b)
        || (Math.Min(a.Length, b.Length) >= MinPrefix && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));
}
