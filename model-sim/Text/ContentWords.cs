namespace LlmActors.ModelSim.Text;

/// <summary>
/// The words that say what a text is about: split on anything but letters and digits and at camelCase humps
/// ("getWeather", "get_weather", "get-weather" all give "weather"), lower-cased, stop words and words under three
/// letters dropped, a plural "s" removed. Chinese has no spaces, so each pair of adjacent ideographs is a word too.
/// </summary>
internal static class ContentWords
{
    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Split(text))
        {
            if (IsContentWord(word))
            {
                words.Add(Stem(word.ToLowerInvariant()));
            }
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (CjkText.IsIdeograph(text[i]) && CjkText.IsIdeograph(text[i + 1]))
            {
                words.Add(text.Substring(i, 2));
            }
        }

        return words;
    }

    /// <summary>The words in their original spelling and order (Latin letters and digits only).</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && !CjkText.IsIdeograph(c));
            var hump = inWord && start >= 0 && char.IsUpper(c) && char.IsLower(text[i - 1]);
            if (start >= 0 && (!inWord || hump))
            {
                yield return text[start..i];
                start = -1;
            }

            if (inWord && start < 0)
            {
                start = i;
            }
        }
    }

    public static bool IsContentWord(string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = Stem(lower);
        return stem.Length >= 3 && !char.IsAsciiDigit(word[0]) && !StopWords.English.Contains(lower) && !StopWords.English.Contains(stem);
    }

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
