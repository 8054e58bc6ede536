namespace LlmActors.Grains.Embeddings;

/// <summary>
/// The features of the local embedder. Latin text: stemmed words, word bigrams and character 4-grams (for
/// typos and inflections). CJK text, which has no spaces: character unigrams and bigrams, the usual stand-in
/// for word segmentation. Common words and characters weigh little (see <see cref="StopWords"/>).
/// </summary>
internal sealed class FeatureExtractor(ConceptMatcher concepts, float conceptWeight)
{
    private const float GenericConceptShare = 0.3f;
    private const float AspectConceptShare = 0.5f;
    private const float WordBigramWeight = 0.6f;
    private const float CharGramBudget = 0.5f;
    private const float CjkUnigramWeight = 0.5f;
    private const float CjkBigramWeight = 1f;

    private static readonly ulong WordSeed = StableHash.Of("w");
    private static readonly ulong CharGramSeed = StableHash.Of("g");
    private static readonly ulong CjkSeed = StableHash.Of("z");
    private static readonly ulong ChineseConceptSeed = StableHash.Of("cz");
    private static readonly ulong EnglishConceptSeed = StableHash.Of("ce");

    public List<Feature> Extract(string core)
    {
        var features = new List<Feature>(64);
        var chinese = new HashSet<Concept>();
        var start = 0;
        while (start < core.Length)
        {
            var c = core[start];
            if (c == ' ')
            {
                start++;
                continue;
            }

            var cjk = TextNormalizer.IsCjk(c);
            var end = start;
            while (end < core.Length && core[end] != ' ' && TextNormalizer.IsCjk(core[end]) == cjk)
            {
                end++;
            }

            if (cjk)
            {
                AddCjkRun(core.AsSpan(start, end - start), features);
                concepts.MatchChinese(core.AsSpan(start, end - start), chinese);
            }

            start = end;
        }

        var english = new HashSet<Concept>();
        concepts.MatchEnglish(AddLatinWords(core, features), english);

        // Concepts are language-tagged: an English question never matches a Chinese answer.
        AddConcepts(chinese, ChineseConceptSeed, features);
        AddConcepts(english, EnglishConceptSeed, features);
        return features;
    }

    private void AddConcepts(HashSet<Concept> found, ulong seed, List<Feature> features)
    {
        foreach (var concept in found)
        {
            features.Add(new Feature(StableHash.Of(concept.Name, seed), conceptWeight * concept.Role switch
            {
                ConceptRole.Generic => GenericConceptShare,
                ConceptRole.Aspect => AspectConceptShare,
                _ => 1f,
            }));
        }
    }

    private static void AddCjkRun(ReadOnlySpan<char> run, List<Feature> features)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var weight = StopWords.CharWeight(run[i]);
            features.Add(new Feature(StableHash.Of(run.Slice(i, 1), CjkSeed), CjkUnigramWeight * weight));
            if (i + 1 < run.Length)
            {
                var pair = Math.Max(weight, StopWords.CharWeight(run[i + 1])) * Math.Min(1f, weight + StopWords.CharWeight(run[i + 1]));
                features.Add(new Feature(StableHash.Of(run.Slice(i, 2), CjkSeed), CjkBigramWeight * pair));
            }
        }
    }

    private static string[] AddLatinWords(string core, List<Feature> features)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !TextNormalizer.IsCjk(w[0]))
            .Select(Stemmer.Stem)
            .ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var weight = StopWords.WordWeight(words[i]);
            var hash = StableHash.Of(words[i], WordSeed);
            features.Add(new Feature(hash, weight));
            if (i + 1 < words.Length)
            {
                var next = StopWords.WordWeight(words[i + 1]);
                var pair = Math.Min(1f, weight + next) * Math.Max(weight, next);
                features.Add(new Feature(StableHash.Combine(hash, StableHash.Of(words[i + 1], WordSeed)), WordBigramWeight * pair));
            }

            if (weight >= 1f && words[i].Length >= 5)
            {
                AddCharGrams(words[i], features);
            }
        }

        return words;
    }

    private static void AddCharGrams(string word, List<Feature> features)
    {
        var padded = "^" + word + "$";
        var count = padded.Length - 3;
        var weight = CharGramBudget / MathF.Sqrt(count);
        for (var i = 0; i < count; i++)
        {
            features.Add(new Feature(StableHash.Of(padded.AsSpan(i, 4), CharGramSeed), weight));
        }
    }
}
