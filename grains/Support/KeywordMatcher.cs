using LlmActors.Grains.Embeddings;

namespace LlmActors.Grains.Support;

/// <summary>
/// Keyword matching as people write: the keyword's characters (Chinese) or stemmed words (English) in order,
/// with up to <see cref="MaxGap"/> others between, so 改地址 is found in 修改收货地址 and "track order" in
/// "track my order".
/// </summary>
public sealed class KeywordMatcher
{
    public const int MaxGap = 2;

    private readonly List<(string Keyword, string[] Units, bool Cjk)> _keywords;

    public KeywordMatcher(IEnumerable<string> keywords) =>
        _keywords = [.. keywords.Select(k => (k, Units(TextNormalizer.Normalize(k)), TextNormalizer.Normalize(k).Any(TextNormalizer.IsCjk)))
            .Where(k => k.Item2.Length > 0)];

    /// <summary>The first keyword found in the text, or null.</summary>
    public string? Find(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var units = Units(normalized);
        foreach (var (keyword, keywordUnits, _) in _keywords)
        {
            if (InOrder(units, keywordUnits))
            {
                return keyword;
            }
        }

        return null;
    }

    // Chinese units are characters, English units are stemmed words; a text is split into both at once.
    private static string[] Units(string normalized) =>
        [.. normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => TextNormalizer.IsCjk(w[0]) ? w.Select(c => c.ToString()) : [Stemmer.Stem(w)])];

    private static bool InOrder(string[] text, string[] keyword)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] != keyword[0])
            {
                continue;
            }

            var k = 1;
            var gaps = 0;
            for (var i = start + 1; i < text.Length && k < keyword.Length && gaps <= MaxGap; i++)
            {
                if (text[i] == keyword[k])
                {
                    k++;
                }
                else
                {
                    gaps++;
                }
            }

            if (k == keyword.Length && gaps <= MaxGap)
            {
                return true;
            }
        }

        return false;
    }
}
