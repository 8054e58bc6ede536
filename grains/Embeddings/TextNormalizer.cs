using System.Globalization;
using System.Text;

namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Puts text people type into one canonical form so that case, full-width characters, punctuation, spacing,
/// contractions and pleasantries around the question do not change what the cache and the classifier see.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Lower case, NFKC (full-width to ASCII), contractions expanded, punctuation to single spaces.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        folded = Contractions.Expand(folded);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                // Chinese next to Latin letters ("iphone退货") splits into two runs, as if spaced.
                pendingSpace |= builder.Length > 0 && IsCjk(builder[^1]) != IsCjk(c);
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                // Punctuation separates segments; a Chinese comma counts as a break just like a space.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The normalised text with greetings, thanks and politeness formulas around the question removed.</summary>
    public static string Core(string text) => Pleasantries.Strip(Normalize(text));

    /// <summary>The exact-match key: a hash of <see cref="Core"/> so that keys have a fixed size.</summary>
    public static string ExactKey(string text)
    {
        var core = Core(text);
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(core));
        return Convert.ToHexString(hash, 0, 16);
    }

    internal static bool IsCjk(char c) =>
        c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff'
            or >= '\u3040' and <= '\u30ff' or >= '\uac00' and <= '\ud7af';

    internal static bool IsLatinLetterOrDigit(char c) =>
        char.IsLetterOrDigit(c) && !IsCjk(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter;
}
