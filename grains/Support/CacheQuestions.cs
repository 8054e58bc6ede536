using LlmActors.Caching;
using LlmActors.Grains.Caching;
using LlmActors.Grains.Embeddings;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Support;

/// <summary>
/// A question as the cache sees it under a project's rules: exact key, vector, topics, informative units and the
/// FAQ intent it is clearly nearest. One builder for the pipeline and the evaluation endpoint, so an evaluation
/// measures exactly what answering does.
/// </summary>
public sealed class CacheQuestions(ITextEmbedder embedder, ConceptMatcher concepts, ContentUnits units, IOptions<SupportOptions> options)
{
    public CacheQuery Read(string question, float[] vector, CompiledRules rules)
    {
        var intent = rules.Intents.Nearest(vector, options.Value.IntentSimilarity, options.Value.IntentMargin);
        return new CacheQuery(TextNormalizer.ExactKey(question), vector, embedder.Id, concepts.Topics(question), rules.Rules.CacheThreshold,
            units.Of(question), intent?.Id, intent?.Units);
    }

    /// <summary>The entry a store of <paramref name="query"/>'s answer would keep.</summary>
    public static CacheEntry Entry(CacheQuery query, string question, string answer) => new()
    {
        ExactKey = query.ExactKey, Question = question, Answer = answer, Topics = query.Topics, Units = query.Units, Intent = query.Intent,
        ExpiresAt = DateTimeOffset.MaxValue,
    };
}
