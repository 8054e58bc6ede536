namespace LlmActors.Grains.Embeddings;

/// <summary>
/// A light English suffix stripper: enough that "returns", "returned" and "returning" meet, without a
/// dictionary. Over-stemming a few words is harmless because every word is compared in its stemmed form.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return Undouble(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return Undouble(word[..^2]);
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && "sxz".Contains(word[^3]))
        {
            return word[..^2];
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return DropE(word[..^1]);
        }

        return DropE(word);
    }

    // "arrive", "arrived" and "arrives" all become "arriv".
    private static string DropE(string stem) => stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;

    // "shipped" -> "shipp" -> "ship", but "address" keeps its "ss".
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'l' or 'z') ? stem[..^1] : stem;
}
