using LlmActors.Caching;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;

namespace LlmActors.Tests.Caching;

/// <summary>Cache queries and writes as the router builds them with the defaults (no lexicon); <see cref="Retail"/> with the opt-in retail lexicon.</summary>
public static class CacheTexts
{
    public static readonly ConceptMatcher Concepts = new(SupportLexicon.Default);
    public static readonly float Threshold = new SupportOptions().CacheThreshold;
    public static readonly CacheReader Default = new(retailLexicon: false);
    public static readonly CacheReader Retail = new(retailLexicon: true);

    public static LocalHashingEmbedder Embedder => Default.Embedder;

    public static CacheQuery Query(string text, float? threshold = null) => Default.Query(text, threshold);

    public static CacheWrite Write(string question, string answer, string model = "sim-small") => Default.Write(question, answer, model);
}
