using LlmActors.Models;
using LlmActors.Grains.Caching.Evaluation;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;
using LlmActors.Support;

namespace LlmActors.Tests.Caching;

/// <summary>
/// The figures of docs/support-cache.md as bounds: warm with each intent's canonical question, replay the
/// held-out half at the default threshold, and keep wrong answers at or under 2% in each language.
/// </summary>
public sealed class WorkloadCacheTests
{
    // A retail shop with its FAQ registered (each intent with its canonical question) and the opt-in lexicon synonyms.
    private static readonly IntentAnchors Faq = CacheTexts.Retail.Anchors(SupportReplay.Intents(Workload.All));

    private static IReadOnlyList<EvaluationRow> Evaluate(IReadOnlyList<LabelledQuestion> replay) =>
        CacheEvaluator.Run(t => CacheTexts.Retail.Query(t, faq: Faq),
            [.. Workload.All.Where(q => q.Canonical)], replay, [CacheTexts.Threshold]);

    public static TheoryData<string> Halves => ["report", "all"];

    [Theory]
    [MemberData(nameof(Halves))]
    public void Wrong_hits_stay_at_or_under_two_percent_in_every_language(string half)
    {
        var replay = Workload.All.Where(q => !q.Canonical).ToList();
        var rows = Evaluate(half == "all" ? replay : LabelledQuestions.Split(replay).Report);

        Assert.All(rows, row => Assert.True(row.WrongHitRate <= 0.02, $"{row.Lang}: {row.WrongHits} wrong of {row.Queries}"));
    }

    [Fact]
    public void With_its_faq_and_the_lexicon_a_shop_answers_a_third_of_held_out_paraphrases_from_cache()
    {
        var rows = Evaluate(LabelledQuestions.Split([.. Workload.All.Where(q => !q.Canonical)]).Report);

        // Two in five before issue 17; a Chinese character left unexplained no longer passes (a verb is often one), so Chinese is at 37.5%.
        Assert.All(rows, row => Assert.True(row.IntentHitRate >= 1 / 3.0, $"{row.Lang}: {row.IntentHitRate:P0}"));
    }

    [Fact]
    public void Four_in_five_faq_messages_reach_the_cheap_tier()
    {
        var rules = DefaultRoutingRules.Create(new SupportOptions());
        var classifier = new ComplexityClassifier(rules, [.. rules.FaqExamples.Select(CacheTexts.Embedder.Embed)]);
        var faqs = Workload.All.Where(q => q.Intent is not null).ToList();

        var simple = faqs.Count(q => classifier.Classify(q.Text, CacheTexts.Embedder.Embed(q.Text), 0).Tier == ModelTier.Simple);

        Assert.True(simple >= 0.8 * faqs.Count, $"{simple} of {faqs.Count}");
    }
}
