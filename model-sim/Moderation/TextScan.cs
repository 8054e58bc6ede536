namespace LlmActors.ModelSim.Moderation;

/// <summary>Small text searches the risk analyzer needs: whole-word matches and looking a few words around a match.</summary>
internal static class TextScan
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or '\n' or '。' or '！' or '？' or '；';

    /// <summary>Index of the next occurrence at or after <paramref name="from"/> with a word boundary before it (and after it unless a stem).</summary>
    public static int FindWord(ReadOnlySpan<char> text, string phrase, int from, bool stem)
    {
        while (from <= text.Length - phrase.Length)
        {
            var at = text[from..].IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            var end = at + phrase.Length;
            var leftOk = at == 0 || !IsWordChar(text[at - 1]);
            var rightOk = stem || end == text.Length || !IsWordChar(text[end]);
            if (leftOk && rightOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    public static bool ContainsWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (FindWord(text, word, 0, stem: false) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(ReadOnlySpan<char> text, string[] needles)
    {
        foreach (var needle in needles)
        {
            if (text.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the <paramref name="count"/> words before <paramref name="start"/> (same sentence) is in <paramref name="words"/>.</summary>
    public static bool WordBefore(ReadOnlySpan<char> text, int start, int count, string[] words)
    {
        var pos = start;
        for (var k = 0; k < count; k++)
        {
            while (pos > 0 && !IsWordChar(text[pos - 1]))
            {
                if (IsSentenceEnd(text[pos - 1]))
                {
                    return false;
                }

                pos--;
            }

            var end = pos;
            while (pos > 0 && IsWordChar(text[pos - 1]))
            {
                pos--;
            }

            if (end == pos)
            {
                return false;
            }

            if (IsOneOf(text[pos..end], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the <paramref name="count"/> words from <paramref name="end"/> on (same sentence) is in <paramref name="words"/>.</summary>
    public static bool WordAfter(ReadOnlySpan<char> text, int end, int count, string[] words)
    {
        var pos = end;
        for (var k = 0; k < count; k++)
        {
            while (pos < text.Length && !IsWordChar(text[pos]))
            {
                if (IsSentenceEnd(text[pos]))
                {
                    return false;
                }

                pos++;
            }

            var start = pos;
            while (pos < text.Length && IsWordChar(text[pos]))
            {
                pos++;
            }

            if (start == pos)
            {
                return false;
            }

            if (IsOneOf(text[start..pos], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next word at or after <paramref name="pos"/> within the sentence (empty at its end); <paramref name="pos"/> moves past it.</summary>
    public static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int pos)
    {
        while (pos < text.Length && !IsWordChar(text[pos]))
        {
            if (IsSentenceEnd(text[pos]))
            {
                return [];
            }

            pos++;
        }

        var start = pos;
        while (pos < text.Length && IsWordChar(text[pos]))
        {
            pos++;
        }

        return text[start..pos];
    }

    /// <summary>True when one of <paramref name="needles"/> occurs in the window [from, to) (clamped to the text).</summary>
    public static bool InWindow(ReadOnlySpan<char> text, int from, int to, string[] needles) =>
        ContainsAny(text[Math.Max(0, from)..Math.Min(text.Length, to)], needles);

    public static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
