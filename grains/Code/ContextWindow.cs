namespace LlmActors.Grains.Code;

/// <summary>
/// Trims a file to the lines around the cursor: the <c>linesBefore</c> whole lines above the cursor's line
/// plus that line up to the cursor, and the rest of the cursor's line plus the <c>linesAfter</c> lines
/// below it. Line breaks are "\n", "\r\n" or a lone "\r"; a cursor between "\r" and "\n" counts as the end
/// of its line. Lines can be of any length (minified code), so each side is also capped in characters,
/// keeping the part nearest the cursor. The cursor is a UTF-16 offset the caller has already checked.
/// </summary>
public sealed class ContextWindow(int linesBefore, int linesAfter, int maxPrefixChars = ContextWindow.DefaultMaxPrefixChars, int maxSuffixChars = ContextWindow.DefaultMaxSuffixChars)
{
    public const int DefaultMaxPrefixChars = 12_000;
    public const int DefaultMaxSuffixChars = 4_000;

    public CodeContext Build(string content, int cursor, string language)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cursor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cursor, content.Length);
        if (cursor > 0 && cursor < content.Length && content[cursor - 1] == '\r' && content[cursor] == '\n')
        {
            cursor--;
        }

        var start = Math.Max(StartOfWindow(content, cursor), cursor - maxPrefixChars);
        var end = Math.Min(EndOfWindow(content, cursor), cursor + maxSuffixChars);
        if (start > 0 && char.IsLowSurrogate(content[start]))
        {
            start++;
        }

        if (end < content.Length && char.IsLowSurrogate(content[end]))
        {
            end--;
        }

        var prefix = Normalize(content[start..cursor]);
        var suffix = Normalize(content[cursor..end]);
        var prefixHash = ContextHash.Of(language, prefix);
        var suffixHash = ContextHash.Of(language, suffix);
        return new CodeContext(prefix, suffix, language, LineEndingOf(content), ContextHash.Of(prefixHash, suffixHash), prefixHash, suffixHash);
    }

    private int StartOfWindow(string content, int cursor)
    {
        var breaks = 0;
        for (var i = cursor - 1; i >= 0; i--)
        {
            // A "\r\n" pair is one break: count its '\n', skip its '\r'.
            var isBreak = content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.Length || content[i + 1] != '\n'));
            if (isBreak && ++breaks > linesBefore)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private int EndOfWindow(string content, int cursor)
    {
        var breaks = 0;
        for (var i = cursor; i < content.Length; i++)
        {
            if (content[i] is not ('\n' or '\r'))
            {
                continue;
            }

            if (++breaks > linesAfter)
            {
                return i;
            }

            if (content[i] == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
            {
                i++;
            }
        }

        return content.Length;
    }

    private static string Normalize(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>The file's dominant convention, judged by its first line break.</summary>
    private static string LineEndingOf(string content)
    {
        var i = content.AsSpan().IndexOfAny('\r', '\n');
        return i < 0 || content[i] == '\n' ? "\n" : i + 1 < content.Length && content[i + 1] == '\n' ? "\r\n" : "\r";
    }
}
