using LlmActors.Caching;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;
using LlmActors.Support;
using Microsoft.Extensions.Options;

namespace LlmActors.Tests.Caching;

/// <summary>Builds cache queries and writes the way the router does: local embedder, exact key, topics.</summary>
public static class CacheTexts
{
    public static readonly LocalHashingEmbedder Embedder = new(Options.Create(new EmbeddingOptions()));
    public static readonly ConceptMatcher Concepts = new(SupportLexicon.Default);
    public static readonly ContentUnits Units = new(Concepts);
    public static readonly float Threshold = new SupportOptions().CacheThreshold;

    public static IntentAnchors Anchors(IReadOnlyList<FaqIntent> intents) =>
        new(intents, [.. intents.SelectMany(i => i.Examples).Select(Embedder.Embed)], Units);

    /// <param name="faq">The project's FAQ intents, if it registered any.</param>
    public static CacheQuery Query(string text, float? threshold = null, IntentAnchors? faq = null)
    {
        var vector = Embedder.Embed(text);
        var options = new SupportOptions();
        var intent = faq?.Nearest(vector, options.IntentSimilarity, options.IntentMargin);
        return new(TextNormalizer.ExactKey(text), vector, Embedder.Id, Concepts.Topics(text), threshold ?? Threshold, Units.Of(text), intent?.Id, intent?.Units);
    }

    public static CacheWrite Write(string question, string answer, string model = "sim-small") =>
        new(TextNormalizer.ExactKey(question), question, answer, model, Embedder.Embed(question), Embedder.Id, Concepts.Topics(question), Units.Of(question));
}
