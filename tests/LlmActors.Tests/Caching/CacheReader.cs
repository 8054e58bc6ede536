using LlmActors.Caching;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;
using LlmActors.Support;
using Microsoft.Extensions.Options;

namespace LlmActors.Tests.Caching;

/// <summary>Reads questions the way the router does (local embedder, exact key, topics, units, FAQ intent), with or without the opt-in lexicon synonyms.</summary>
public sealed class CacheReader
{
    public CacheReader(bool retailLexicon)
    {
        Embedder = new LocalHashingEmbedder(Options.Create(new EmbeddingOptions()));
        Units = new ContentUnits(retailLexicon ? CacheTexts.Concepts : null);
    }

    public LocalHashingEmbedder Embedder { get; }

    public ContentUnits Units { get; }

    public IntentAnchors Anchors(IReadOnlyList<FaqIntent> intents) =>
        new(intents, [.. intents.SelectMany(i => i.Examples).Select(Embedder.Embed)], Units);

    /// <param name="faq">The project's FAQ intents, if it registered any.</param>
    public CacheQuery Query(string text, float? threshold = null, IntentAnchors? faq = null)
    {
        var vector = Embedder.Embed(text);
        var options = new SupportOptions();
        var intent = faq?.Nearest(vector, options.IntentSimilarity, options.IntentMargin);
        return new(TextNormalizer.ExactKey(text), vector, Embedder.Id, CacheTexts.Concepts.Topics(text), threshold ?? CacheTexts.Threshold, Units.Of(text), intent?.Id, intent?.Units);
    }

    public CacheWrite Write(string question, string answer, string model = "sim-small") =>
        new(TextNormalizer.ExactKey(question), question, answer, model, Embedder.Embed(question), Embedder.Id, CacheTexts.Concepts.Topics(question), Units.Of(question));
}
