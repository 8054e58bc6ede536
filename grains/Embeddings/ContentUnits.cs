namespace LlmActors.Grains.Embeddings;

/// <summary>
/// The informative units of a question, the ones that say what it asks: stemmed English words and single
/// Chinese characters that are not function words (<see cref="StopWords"/>), numbers left out. With a lexicon,
/// a phrase it knows becomes one unit for its concept ("send back" and "return" are both <c>§return</c>), so a
/// synonym the lexicon knows counts as the same word; without one, units are plain words and characters.
/// </summary>
public sealed class ContentUnits(ConceptMatcher? lexicon)
{
    public const string ConceptMark = "§";

    /// <summary>The units in order of appearance, duplicates removed.</summary>
    public string[] Of(string text)
    {
        var units = new List<string>();
        var latin = new List<string>();
        foreach (var run in TextNormalizer.Core(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TextNormalizer.IsCjk(run[0]))
            {
                AddChinese(run, units);
            }
            else
            {
                latin.Add(Stemmer.Stem(run));
            }
        }

        AddEnglish(latin, units);
        return [.. units.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether a unit is Chinese: one character says less than one English word.</summary>
    public static bool IsCjk(string unit) => unit.Length == 1 && TextNormalizer.IsCjk(unit[0]);

    private void AddChinese(string run, List<string> units)
    {
        var i = 0;
        while (i < run.Length)
        {
            if (lexicon?.ChineseFormAt(run, i) is { } found)
            {
                AddConcept(found.Concept, units);
                i += found.Length;
                continue;
            }

            if (StopWords.CharWeight(run[i]) >= 1f && !char.IsDigit(run[i]))
            {
                units.Add(run[i].ToString());
            }

            i++;
        }
    }

    private void AddEnglish(List<string> stems, List<string> units)
    {
        var i = 0;
        while (i < stems.Count)
        {
            if (lexicon?.EnglishFormAt(stems, i) is { } found)
            {
                AddConcept(found.Concept, units);
                i += found.Length;
                continue;
            }

            if (StopWords.WordWeight(stems[i]) >= 1f && !stems[i].All(char.IsDigit))
            {
                units.Add(stems[i]);
            }

            i++;
        }
    }

    // Generic concepts ("how do I", "order") tell questions apart no better than function words.
    private static void AddConcept(Concept concept, List<string> units)
    {
        if (concept.Role != ConceptRole.Generic)
        {
            units.Add(ConceptMark + concept.Name);
        }
    }
}
