namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Derives the hidden ground-truth risk of a text from the lexicons. Each cue found adds its weight, adjusted
/// by what surrounds it (<see cref="CueWeighting"/>), combined as independent evidence: 1 - Π(1 - w). Idioms
/// such as "kill time" are masked out first, and a cue inside a longer cue already counted is not counted again.
/// Then the intent rules (<see cref="IntentScanner"/>) and grooming (<see cref="MinorSignals"/>) add theirs.
/// The framings of the text (<see cref="FrameDetector"/>) are looked for only once something has been found:
/// most texts have no cue at all, and the framings cost more to find than the cues.
/// </summary>
internal static class RiskAnalyzer
{
    private static readonly Cue[] English = [.. EnglishLexicon.Cues.OrderByDescending(c => c.Phrase.Length)];
    private static readonly Cue[] Chinese = [.. ChineseLexicon.Cues.OrderByDescending(c => c.Phrase.Length)];
    private static readonly int CategoryCount = Enum.GetValues<RiskCategory>().Length;

    public static RiskProfile Analyze(string text)
    {
        var normalized = Normalize(text);
        var buffer = (char[])normalized.Clone();
        Mask(buffer, EnglishLexicon.Idioms, wordBounded: true);
        Mask(buffer, ChineseLexicon.Idioms, wordBounded: false);
        ReadOnlySpan<char> span = buffer;
        Frame? frames = null;

        var risk = new double[CategoryCount];
        var counted = new bool[buffer.Length];
        foreach (var cue in English)
        {
            for (var at = TextScan.FindWord(span, cue.Phrase, 0, cue.IsStem); at >= 0; at = TextScan.FindWord(span, cue.Phrase, at + 1, cue.IsStem))
            {
                var end = cue.IsStem ? WordEnd(span, at + cue.Phrase.Length) : at + cue.Phrase.Length;
                if (Claim(counted, at, end))
                {
                    frames ??= FrameDetector.Detect(normalized);
                    Add(risk, cue.Category, CueWeighting.English(cue, span, at, end, frames.Value));
                }
            }
        }

        foreach (var cue in Chinese)
        {
            for (var at = span.IndexOf(cue.Phrase, StringComparison.Ordinal); at >= 0; at = NextIndex(span, cue.Phrase, at + 1))
            {
                if (Claim(counted, at, at + cue.Phrase.Length))
                {
                    frames ??= FrameDetector.Detect(normalized);
                    Add(risk, cue.Category, CueWeighting.Chinese(cue, span, at, at + cue.Phrase.Length, frames.Value));
                }
            }
        }

        IntentScanner.Scan(span, normalized, ref frames, risk, counted);
        var minors = MinorSignals.Apply(span, normalized, ref frames, risk);

        // A little hashed variation keeps benign texts from all scoring exactly the same.
        var floor = 0.01 + (0.03 * StableHash.Unit(StableHash.Of(text)));
        for (var i = 0; i < risk.Length; i++)
        {
            risk[i] = Math.Clamp(Math.Max(risk[i], floor), 0, 0.995);
        }

        return new RiskProfile(risk, minors);
    }

    /// <summary>Adds one piece of evidence: independent evidence combines as 1 - Π(1 - w).</summary>
    public static void Add(double[] risk, RiskCategory category, double weight) =>
        risk[(int)category] = 1 - ((1 - risk[(int)category]) * (1 - weight));

    private static bool Claim(bool[] counted, int start, int end)
    {
        if (Array.IndexOf(counted, true, start, end - start) >= 0)
        {
            return false;
        }

        Array.Fill(counted, true, start, end - start);
        return true;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && TextScan.IsWordChar(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int NextIndex(ReadOnlySpan<char> text, string phrase, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text[from..].IndexOf(phrase, StringComparison.Ordinal);
        return at < 0 ? -1 : at + from;
    }

    private static char[] Normalize(string text)
    {
        var buffer = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            buffer[i] = c is '\u2019' or '\u2018' ? '\'' : c;
        }

        return buffer;
    }

    private static void Mask(char[] buffer, string[] idioms, bool wordBounded)
    {
        foreach (var idiom in idioms)
        {
            var span = buffer.AsSpan();
            var at = wordBounded ? TextScan.FindWord(span, idiom, 0, stem: false) : span.IndexOf(idiom, StringComparison.Ordinal);
            while (at >= 0)
            {
                span.Slice(at, idiom.Length).Fill(' ');
                at = wordBounded ? TextScan.FindWord(span, idiom, at, stem: false) : NextIndex(span, idiom, at);
            }
        }
    }
}
