namespace LlmActors.Grains.Embeddings;

/// <summary>
/// The informative units of a question, the ones that say what it asks: stemmed English words and single
/// Chinese characters that are not function words (<see cref="StopWords"/>), numbers left out. With a lexicon,
/// a phrase it knows becomes one unit for its concept ("send back" and "return" are both <c>§return</c>), so a
/// synonym the lexicon knows counts as the same word; without one, units are plain words and characters.
/// Two kinds of function word are units all the same, in either language, because they change what is asked:
/// a question of cause (why, 为什么: "why was my order cancelled" is a complaint, "how do I cancel my order" a
/// how-to) and negation (not, 不, 没: "this is not my food" against "where is my food").
/// </summary>
public sealed class ContentUnits(ConceptMatcher? lexicon)
{
    public const string ConceptMark = "§";
    // Per language: an intent's units pool the wording of all its languages, and a Chinese 没 must not explain an English "not".
    public const string Cause = "?why";
    public const string Negation = "¬not";
    public const string ChineseCauseUnit = "?为什么";
    public const string ChineseNegation = "¬不";

    private static readonly HashSet<string> EnglishNegation = ["not", "no", "never", "nothing", "didnt", "dont", "doesnt", "isnt", "wasnt", "cant", "wont", "hasnt", "havent", "arent"];
    private static readonly string[] ChineseCause = ["为什么", "为啥", "怎么会", "凭什么"];

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
            if (ChineseCause.FirstOrDefault(c => run.AsSpan(i).StartsWith(c, StringComparison.Ordinal)) is { } cause)
            {
                units.Add(ChineseCauseUnit);
                i += cause.Length;
                continue;
            }

            if (run[i] is '不' or '没' or '未')
            {
                units.Add(ChineseNegation);
                i++;
                continue;
            }

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
            if (stems[i] == "why" || EnglishNegation.Contains(stems[i]))
            {
                units.Add(stems[i] == "why" ? Cause : Negation);
                i++;
                continue;
            }

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
