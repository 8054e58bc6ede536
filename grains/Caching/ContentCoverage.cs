using LlmActors.Grains.Embeddings;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Whether one question's informative units (<see cref="ContentUnits"/>) are all found in another question or in
/// the FAQ wording of their shared intent. A near miss is written with the words of the question it resembles
/// plus the one that changes what it asks ("my bill payment failed", "how do I turn roaming off"), and no
/// similarity threshold separates that word from a paraphrase's harmless extra ones; so a neighbour may answer
/// only if nothing the question says is left unexplained. No word list is involved: typos (one edit) and
/// inflections (a shared stem of 4+ letters, "cancel"/"cancellation") count as found. A Chinese character says
/// about half a word, so when both questions belong to the same FAQ intent one may stay unexplained; an English
/// word never may, and without an intent to vouch for them neither may.
/// </summary>
public static class ContentCoverage
{
    private const int MinPrefix = 4;

    /// <summary>
    /// True when every unit of <paramref name="units"/> is found in <paramref name="cached"/> or <paramref name="intent"/>,
    /// but at most one Chinese character when <paramref name="sameIntent"/>.
    /// </summary>
    public static bool Explains(IReadOnlyList<string> units, IReadOnlyList<string> cached, IReadOnlyList<string> intent, bool sameIntent)
    {
        var unexplainedCjk = 0;
        foreach (var unit in units)
        {
            if (Found(unit, cached) || Found(unit, intent))
            {
                continue;
            }

            if (!sameIntent || !ContentUnits.IsCjk(unit) || ++unexplainedCjk > 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Found(string unit, IReadOnlyList<string> units)
    {
        foreach (var other in units)
        {
            if (unit == other || (!ContentUnits.IsCjk(unit) && !unit.StartsWith(ContentUnits.ConceptMark, StringComparison.Ordinal) && Near(unit, other)))
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
