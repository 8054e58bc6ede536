namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// How much one cue occurrence counts, given what surrounds it: a negation just before it mostly cancels it,
/// a second-person target or a stated intent strengthens it, and a benign framing (fiction, news, research,
/// help lines, code) weakens it.
/// </summary>
internal static class CueWeighting
{
    public static double English(Cue cue, ReadOnlySpan<char> text, int start, int end, bool benign)
    {
        if (TextScan.WordBefore(text, start, 3, EnglishLexicon.Negators))
        {
            return cue.Weight * 0.2;
        }

        var directed = CanTarget(cue.Category)
            && (TextScan.WordBefore(text, start, 3, EnglishLexicon.SecondPerson) || TextScan.WordAfter(text, end, 3, EnglishLexicon.SecondPerson));
        var intent = CanIntend(cue.Category)
            && TextScan.WordBefore(text, start, 3, EnglishLexicon.IntentWords);
        return Adjust(cue, directed, intent, benign);
    }

    public static double Chinese(Cue cue, ReadOnlySpan<char> text, int start, int end, bool benign)
    {
        if (text[Math.Max(0, start - 2)..start].IndexOfAny(ChineseLexicon.NegationChars) >= 0)
        {
            return cue.Weight * 0.2;
        }

        var directed = CanTarget(cue.Category)
            && (TextScan.InWindow(text, start - 4, start, ChineseLexicon.SecondPerson) || TextScan.InWindow(text, end, end + 4, ChineseLexicon.SecondPerson));
        var intent = CanIntend(cue.Category)
            && TextScan.InWindow(text, start - 3, start, ChineseLexicon.IntentWords);
        return Adjust(cue, directed, intent, benign);
    }

    /// <summary>Harms that get worse when aimed at the reader.</summary>
    private static bool CanTarget(RiskCategory category) => category is RiskCategory.Violence or RiskCategory.Hate or RiskCategory.Harassment;

    /// <summary>Harms that get worse when stated as a plan.</summary>
    private static bool CanIntend(RiskCategory category) => category is RiskCategory.Violence or RiskCategory.Illicit or RiskCategory.SelfHarm;

    private static double Adjust(Cue cue, bool directed, bool intent, bool benign)
    {
        var weight = cue.Weight;
        if (directed)
        {
            weight += (1 - weight) * 0.5;
        }

        if (intent)
        {
            weight += (1 - weight) * 0.35;
        }

        // A threat aimed at "you" stays a threat even when a film is mentioned; a word discussed in a news
        // story or a help-line message mostly does not.
        if (benign)
        {
            weight *= directed ? 0.8 : cue.IsClear ? 0.35 : 0.3;
        }

        return weight;
    }
}
