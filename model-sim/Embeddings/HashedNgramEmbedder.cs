namespace LlmActors.ModelSim.Embeddings;

/// <summary>
/// A local, download-free embedder: words (lightly stemmed), character trigrams and, for Chinese, character
/// unigrams and bigrams are hashed into signed buckets and the vector is L2-normalised. Texts that share
/// words or characters end up close, unrelated ones near orthogonal, which is what a semantic cache needs to
/// be exercised; it knows nothing about synonyms.
/// </summary>
internal static class HashedNgramEmbedder
{
    private const ulong WordSeed = 0x57;
    private const ulong TrigramSeed = 0x54;
    private const ulong HanSeed = 0x48;
    private const string CommonHan = "的了是我你他她它们吗呢吧啊在有一个这那么怎和就也都很请";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "was", "were", "be", "to", "of", "and", "or", "in", "on", "at", "for", "with", "my",
        "your", "i", "you", "it", "its", "this", "that", "do", "does", "did", "how", "what", "can", "could", "would", "should",
        "me", "we", "our", "they", "them", "please", "there", "here", "from", "by", "as", "so", "if", "about", "have", "has",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Embed(ReadOnlySpan<char> text, Span<float> vector)
    {
        vector.Clear();
        Span<char> word = stackalloc char[64];
        var previousHan = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CjkText.IsIdeograph(c))
            {
                // Chinese paraphrases share characters more than bigrams, so characters weigh most;
                // particles and pronouns ("的", "了", "我") carry little meaning and weigh little.
                Add(vector, StableHash.Of([c], HanSeed), CommonHan.Contains(c) ? 0.1f : 1.0f);
                if (previousHan != '\0')
                {
                    Add(vector, StableHash.Of([previousHan, c], HanSeed), 0.5f);
                }

                previousHan = c;
                i++;
                continue;
            }

            previousHan = '\0';
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var length = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]) && !CjkText.IsIdeograph(text[i]))
            {
                if (length < word.Length)
                {
                    word[length++] = char.ToLowerInvariant(text[i]);
                }

                i++;
            }

            AddWord(vector, word[..length]);
        }

        Normalise(vector, text);
    }

    private static void AddWord(Span<float> vector, ReadOnlySpan<char> word)
    {
        if (StopWordLookup.Contains(word))
        {
            Add(vector, StableHash.Of(word, WordSeed), 0.15f);
            return;
        }

        Add(vector, StableHash.Of(Stem(word), WordSeed), 1.0f);
        Span<char> trigram = stackalloc char[3];
        for (var start = -1; start + 2 <= word.Length; start++)
        {
            // Boundary markers make the first and last trigrams of a word distinct from inner ones.
            trigram[0] = start < 0 ? '<' : word[start];
            trigram[1] = word[start + 1];
            trigram[2] = start + 2 < word.Length ? word[start + 2] : '>';
            Add(vector, StableHash.Of(trigram, TrigramSeed), 0.3f);
        }
    }

    /// <summary>Strips the commonest English endings so "resetting", "resets" and "reset" share a word feature.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ing"))
        {
            word = word[..^3];
        }
        else if (word.Length > 4 && word.EndsWith("ed"))
        {
            word = word[..^2];
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss"))
        {
            word = word[..^1];
        }

        // "resett" (from "resetting") and "reset" should meet.
        return word.Length > 3 && word[^1] == word[^2] ? word[..^1] : word;
    }

    private static void Add(Span<float> vector, ulong hash, float weight)
    {
        var index = (int)(hash % (ulong)vector.Length);
        vector[index] += (hash >> 63) == 0 ? weight : -weight;
    }

    private static void Normalise(Span<float> vector, ReadOnlySpan<char> text)
    {
        var sum = 0f;
        foreach (var value in vector)
        {
            sum += value * value;
        }

        var norm = MathF.Sqrt(sum);
        if (norm == 0)
        {
            // Nothing to hash (empty or only punctuation): a fixed unit vector per text rather than NaNs.
            vector[(int)(StableHash.Of(text) % (ulong)vector.Length)] = 1;
            return;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }
    }
}
