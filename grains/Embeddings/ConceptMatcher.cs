namespace LlmActors.Grains.Embeddings;

/// <summary>Finds the concepts of a text, longest form first, so a longer form hides the shorter ones inside it.</summary>
public sealed class ConceptMatcher
{
    private readonly Dictionary<char, (string Form, Concept Concept)[]> _chinese;
    private readonly Dictionary<string, (string[] Stems, Concept Concept)[]> _english;
    private readonly (string Stem, Concept Concept)[] _typoTargets;

    public ConceptMatcher(IEnumerable<Concept> concepts)
    {
        var list = concepts.ToList();
        _chinese = list.SelectMany(c => c.Chinese.Select(f => (Form: TextNormalizer.Normalize(f), Concept: c)))
            .Where(f => f.Form.Length > 0)
            .GroupBy(f => f.Form[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Form.Length).ToArray());
        _english = list.SelectMany(c => c.English.Select(f => (Stems: StemAll(f), Concept: c)))
            .Where(f => f.Stems.Length > 0)
            .GroupBy(f => f.Stems[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Stems.Length).ToArray(), StringComparer.Ordinal);
        _typoTargets = [.. _english.Values.SelectMany(forms => forms).Where(f => f.Stems.Length == 1 && f.Stems[0].Length >= Typos.MinLength)
            .Select(f => (f.Stems[0], f.Concept))];
        Fingerprint = StableHash.Of(string.Join('|', list.Select(c => $"{c.Name}:{c.Role}:{string.Join(',', c.English)}:{string.Join(',', c.Chinese)}")));
    }

    /// <summary>Changes whenever any concept or form changes, so vectors built with another lexicon are not compared.</summary>
    public ulong Fingerprint { get; }

    public void MatchChinese(ReadOnlySpan<char> run, ISet<Concept> found)
    {
        var i = 0;
        while (i < run.Length)
        {
            var step = 1;
            if (ChineseFormAt(run, i) is { } match)
            {
                found.Add(match.Concept);
                step = match.Length;
            }

            i += step;
        }
    }

    public void MatchEnglish(IReadOnlyList<string> stems, ISet<Concept> found)
    {
        var i = 0;
        while (i < stems.Count)
        {
            var step = 1;
            if (EnglishFormAt(stems, i) is { } match)
            {
                found.Add(match.Concept);
                step = match.Length;
            }

            i += step;
        }
    }

    /// <summary>The longest Chinese form starting at <paramref name="start"/>, with its length in characters.</summary>
    public (Concept Concept, int Length)? ChineseFormAt(ReadOnlySpan<char> run, int start)
    {
        if (_chinese.TryGetValue(run[start], out var forms))
        {
            foreach (var (form, concept) in forms)
            {
                if (run[start..].StartsWith(form, StringComparison.Ordinal))
                {
                    return (concept, form.Length);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The longest English form starting at <paramref name="start"/>, with its length in words; a word that names no
    /// concept exactly but is one typo from a one-word form counts as that form.
    /// </summary>
    public (Concept Concept, int Length)? EnglishFormAt(IReadOnlyList<string> stems, int start)
    {
        if (_english.TryGetValue(stems[start], out var forms))
        {
            foreach (var (form, concept) in forms)
            {
                if (StartsAt(stems, start, form))
                {
                    return (concept, form.Length);
                }
            }

            return null;
        }

        return _typoTargets.FirstOrDefault(t => Typos.WithinOne(stems[start], t.Stem)) is { Concept: { } misspelt } ? (misspelt, 1) : null;
    }

    /// <summary>
    /// The subjects and aspects of a text, language-tagged and sorted: "en:refund" for a subject, "en:~time" for
    /// an aspect. The cache uses them to refuse a near neighbour that is about something else
    /// (<c>TopicGuard</c>), whatever embedder produced the vectors.
    /// </summary>
    public string[] Topics(string text)
    {
        var core = TextNormalizer.Core(text);
        var chinese = new HashSet<Concept>();
        var english = new HashSet<Concept>();
        foreach (var run in core.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TextNormalizer.IsCjk(run[0]))
            {
                MatchChinese(run, chinese);
            }
        }

        MatchEnglish(StemAll(string.Join(' ', core.Split(' ').Where(w => w.Length > 0 && !TextNormalizer.IsCjk(w[0])))), english);
        return [.. Tagged(chinese, "zh:").Concat(Tagged(english, "en:")).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Tagged(IEnumerable<Concept> concepts, string language) => concepts
        .Where(c => c.Role != ConceptRole.Generic)
        .Select(c => language + (c.Role == ConceptRole.Aspect ? "~" : "") + c.Name);

    internal static string[] StemAll(string text) =>
        [.. TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stemmer.Stem)];

    private static bool StartsAt(IReadOnlyList<string> stems, int start, string[] form)
    {
        if (start + form.Length > stems.Count)
        {
            return false;
        }

        for (var k = 0; k < form.Length; k++)
        {
            if (!string.Equals(stems[start + k], form[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
