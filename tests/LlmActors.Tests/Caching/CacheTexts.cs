using LlmActors.Caching;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;
using Microsoft.Extensions.Options;

namespace LlmActors.Tests.Caching;

/// <summary>Builds cache queries and writes the way the router does: local embedder, exact key, topics.</summary>
public static class CacheTexts
{
    public static readonly LocalHashingEmbedder Embedder = new(Options.Create(new EmbeddingOptions()));
    public static readonly ConceptMatcher Concepts = new(SupportLexicon.Default);
    public static readonly float Threshold = new SupportOptions().CacheThreshold;

    public static CacheQuery Query(string text, float? threshold = null) =>
        new(TextNormalizer.ExactKey(text), Embedder.Embed(text), Embedder.Id, Concepts.Topics(text), threshold ?? Threshold);

    public static CacheWrite Write(string question, string answer, string model = "sim-small") =>
        new(TextNormalizer.ExactKey(question), question, answer, model, Embedder.Embed(question), Embedder.Id, Concepts.Topics(question));
}
