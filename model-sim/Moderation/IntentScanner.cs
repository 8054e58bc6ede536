using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Runs the intent rules of both languages over the normalised text and adds what they find to the risk: each
/// rule counts once, a negation just before a negatable match (or a "not"/"never" inside it) cancels it, and
/// the text's framings lower it by category (<see cref="FrameDiscount"/>; topic words do not lower intents).
/// Rules with a subject (<see cref="IntentRule.Subject"/>) look for their predicate right after each subject.
/// A match over a lexicon cue already counted is the same evidence seen twice: it raises the category to its
/// own weight at most instead of compounding with the cue.
/// English rules run only on text with Latin letters, Chinese ones only on text with Han characters.
/// </summary>
internal static class IntentScanner
{
    private static readonly IntentRule[] English =
        [.. EnglishThreatRules.Rules, .. EnglishAbuseRules.Rules, .. EnglishPersonalHarmRules.Rules, .. EnglishIllicitRules.Rules];

    private static readonly IntentRule[] Chinese = [.. ChineseAbuseRules.Rules, .. ChineseHarmRules.Rules];

    /// <summary>Negations strong enough to turn a whole clause around when they sit inside a match.</summary>
    private static readonly string[] StrictNegators =
        ["not", "never", "don't", "dont", "won't", "wouldn't", "can't", "cannot", "shouldn't", "didn't", "doesn't", "isn't", "aren't"];

    private static readonly string[] ChineseNegations = ["不会", "绝不", "决不", "从不", "从来不", "不要", "不可能", "别"];

    /// <summary>Scans <paramref name="text"/> (idioms masked); <paramref name="frames"/> are found in <paramref name="unmasked"/> at the first match.</summary>
    public static void Scan(ReadOnlySpan<char> text, ReadOnlySpan<char> unmasked, ref Frame? frames, double[] risk, bool[] counted)
    {
        var latin = false;
        var han = false;
        foreach (var c in text)
        {
            latin |= c is >= 'a' and <= 'z';
            han |= c is >= '\u4e00' and <= '\u9fff';
        }

        if (latin)
        {
            Apply(English, text, unmasked, ref frames, risk, counted, chinese: false);
        }

        if (han)
        {
            Apply(Chinese, text, unmasked, ref frames, risk, counted, chinese: true);
        }
    }

    private static void Apply(
        IntentRule[] rules, ReadOnlySpan<char> text, ReadOnlySpan<char> unmasked, ref Frame? frames, double[] risk, bool[] counted, bool chinese)
    {
        Regex? subject = null;
        var subjectFound = false;
        foreach (var rule in rules)
        {
            // Rules about one subject are neighbours: look for the subject once for all of them.
            if (rule.Subject is { } ruleSubject && !ReferenceEquals(ruleSubject, subject))
            {
                subject = ruleSubject;
                subjectFound = ruleSubject.IsMatch(text);
            }

            if (rule.Subject is not null && !subjectFound)
            {
                continue;
            }

            var (start, length) = rule.Subject is null ? Find(rule, text, chinese) : FindAfterSubject(rule, text);
            if (start < 0)
            {
                continue;
            }

            frames ??= FrameDetector.Detect(unmasked);
            var weight = rule.Weight * FrameDiscount.For(frames.Value, rule.Category);
            if (Array.IndexOf(counted, true, start, length) >= 0)
            {
                risk[(int)rule.Category] = Math.Max(risk[(int)rule.Category], weight);
            }
            else
            {
                RiskAnalyzer.Add(risk, rule.Category, weight);
            }
        }
    }

    /// <summary>The first match that no negation cancels, or (-1, 0).</summary>
    private static (int Start, int Length) Find(IntentRule rule, ReadOnlySpan<char> text, bool chinese)
    {
        // Most rules match nothing: the needed literals, then IsMatch, reject without locating a match.
        if (!rule.MayMatch(text) || !rule.Pattern.IsMatch(text))
        {
            return (-1, 0);
        }

        foreach (var match in rule.Pattern.EnumerateMatches(text))
        {
            if (!rule.Negatable || !(chinese ? ChineseNegated(text, match.Index, match.Length) : EnglishNegated(text, match.Index, match.Length)))
            {
                return (match.Index, match.Length);
            }
        }

        return (-1, 0);
    }

    /// <summary>The first subject directly followed by the rule's predicate, or (-1, 0).</summary>
    private static (int Start, int Length) FindAfterSubject(IntentRule rule, ReadOnlySpan<char> text)
    {
        foreach (var subject in rule.Subject!.EnumerateMatches(text))
        {
            var end = subject.Index + subject.Length;
            foreach (var predicate in rule.Pattern.EnumerateMatches(text, end))
            {
                return (subject.Index, predicate.Index + predicate.Length - subject.Index);
            }
        }

        return (-1, 0);
    }

    private static bool EnglishNegated(ReadOnlySpan<char> text, int start, int length) =>
        TextScan.WordBefore(text, start, 3, EnglishLexicon.Negators) || TextScan.ContainsWord(text.Slice(start, length), StrictNegators);

    private static bool ChineseNegated(ReadOnlySpan<char> text, int start, int length) =>
        ChineseLexicon.NegatedBefore(text, start)
        || TextScan.ContainsAny(text.Slice(start, Math.Min(length, 4)), ChineseNegations);
}
