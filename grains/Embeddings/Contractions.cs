using System.Text.RegularExpressions;

namespace LlmActors.Grains.Embeddings;

/// <summary>English contractions spelled out, so "where's" and "where is" are the same words.</summary>
internal static partial class Contractions
{
    public static string Expand(string lower)
    {
        if (!lower.Contains('\''))
        {
            return lower;
        }

        var text = lower.Replace("won't", "will not").Replace("can't", "can not").Replace("shan't", "shall not");
        text = NotSuffix().Replace(text, "$1 not");
        return Suffix().Replace(text, m => m.Groups[1].Value + " " + m.Groups[2].Value switch
        {
            "re" => "are",
            "m" => "am",
            "ll" => "will",
            "ve" => "have",
            "d" => "would",
            _ => "is",
        });
    }

    [GeneratedRegex(@"(\p{L})n't\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotSuffix();

    [GeneratedRegex(@"(\p{L})'(re|m|ll|ve|d|s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
