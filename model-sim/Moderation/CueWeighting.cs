using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// How much one cue occurrence counts, given what surrounds it: a negation just before it mostly cancels it,
/// a second-person target or a stated intent strengthens it, a violent word whose victim is the speaker ("my
/// boss will kill me") or a thing ("murder this laundry") is hyperbole more often than not, and the text's framings weaken it
/// (<see cref="FrameDiscount"/>, plus the topic words of the lexicons).
/// </summary>
internal static class CueWeighting
{
    private static readonly string[] Wishing = ["want", "wish", "hope", "please", "someone", "somebody"];

    private static readonly string[] Demonstratives = ["this", "that", "these", "those"];

    /// <summary>The speaker asking for a method: "how to", "how do I", "how can we" a few words before the cue.</summary>
    private static readonly Regex HowTo = new(
        @"\bhow (?:to|(?:do|can|would|should|could|might|will|did) (?:i|we|you|u|one))\b(?:\W+[\w']+){0,3}\W*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static double English(Cue cue, ReadOnlySpan<char> text, int start, int end, Frame frames)
    {
        if (TextScan.WordBefore(text, start, 3, EnglishLexicon.Negators))
        {
            return cue.Weight * 0.2;
        }

        var directed = CanTarget(cue.Category)
            && (TextScan.WordBefore(text, start, 3, EnglishLexicon.SecondPerson) || TextScan.WordAfter(text, end, 3, EnglishLexicon.SecondPerson));
        var intent = CanIntend(cue.Category)
            && (TextScan.WordBefore(text, start, 3, EnglishLexicon.IntentWords) || HowTo.IsMatch(text[Math.Max(0, start - 40)..start]));
        var victimIsSpeaker = cue.Category == RiskCategory.Violence
            && ((TextScan.WordAfter(text, end, 1, ["me"]) && !TextScan.WordBefore(text, start, 4, Wishing)) || AimedAtAThing(text, end));
        return Adjust(cue, directed, intent, victimIsSpeaker, frames);
    }

    public static double Chinese(Cue cue, ReadOnlySpan<char> text, int start, int end, Frame frames)
    {
        if (ChineseLexicon.NegatedBefore(text, start))
        {
            return cue.Weight * 0.2;
        }

        var directed = CanTarget(cue.Category)
            && (TextScan.InWindow(text, start - 4, start, ChineseLexicon.SecondPerson) || TextScan.InWindow(text, end, end + 4, ChineseLexicon.SecondPerson));
        var intent = CanIntend(cue.Category)
            && TextScan.InWindow(text, start - 3, start, ChineseLexicon.IntentWords);
        var victimIsSpeaker = cue.Category == RiskCategory.Violence
            && end < text.Length && text[end] == '我' && !TextScan.InWindow(text, start - 3, start, ChineseLexicon.Wishing);
        return Adjust(cue, directed, intent, victimIsSpeaker, frames);
    }

    /// <summary>"murder this laundry", "destroy that exam": a demonstrative object that is not a person.</summary>
    private static bool AimedAtAThing(ReadOnlySpan<char> text, int end)
    {
        var pos = end;
        if (!TextScan.IsOneOf(TextScan.NextWord(text, ref pos), Demonstratives))
        {
            return false;
        }

        var noun = TextScan.NextWord(text, ref pos);
        return noun.Length > 0 && !TextScan.IsOneOf(noun, EnglishLexicon.PersonNouns);
    }

    /// <summary>Harms that get worse when aimed at the reader.</summary>
    private static bool CanTarget(RiskCategory category) => category is RiskCategory.Violence or RiskCategory.Hate or RiskCategory.Harassment;

    /// <summary>Harms that get worse when stated as a plan.</summary>
    private static bool CanIntend(RiskCategory category) => category is RiskCategory.Violence or RiskCategory.Illicit or RiskCategory.SelfHarm;

    private static double Adjust(Cue cue, bool directed, bool intent, bool victimIsSpeaker, Frame frames)
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

        if (victimIsSpeaker)
        {
            weight *= 0.35;
        }

        // A threat aimed at "you" stays a threat even when a film is mentioned; a word discussed in a news
        // story or a help-line message mostly does not. Sexual words stay sexual in a story. The strongest of
        // the topic and the other framings applies.
        var topic = (frames & Frame.Topic) == 0 ? 1.0
            : directed ? 0.8
            : cue.Category == RiskCategory.Sexual ? ((frames & Frame.Fiction) != 0 ? 1.0 : 0.6)
            : cue.IsClear ? 0.35 : 0.3;
        return weight * Math.Min(topic, FrameDiscount.For(frames, cue.Category));
    }
}
