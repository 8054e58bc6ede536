using System.Globalization;
using LlmActors.Grains.Caching;
using LlmActors.Grains.Caching.Evaluation;
using LlmActors.Grains.Embeddings;
using Microsoft.Extensions.Options;

namespace LlmActors.Bench.Scenarios;

/// <summary>Hit / wrong-hit / miss per language over a threshold sweep, on the tuning half, the report half and all.</summary>
public static class CacheEvalScenario
{
    /// <summary><c>--file</c> labelled questions, <c>--dims</c>, <c>--weight</c> (concept weight, 0 = words only), <c>--explain</c> threshold, <c>--noguard</c>.</summary>
    public static void Run(BenchOptions options)
    {
        var path = options.Extra.GetValueOrDefault("file") ?? Path.Combine(GatewayProcess.RepoRoot(), "tests/LlmActors.Tests/Caching/Data/support-intents.jsonl");
        var dims = options.Extra.TryGetValue("dims", out var d) ? int.Parse(d, CultureInfo.InvariantCulture) : new EmbeddingOptions().Dimensions;
        var weight = options.Extra.TryGetValue("weight", out var w) ? float.Parse(w, CultureInfo.InvariantCulture) : new EmbeddingOptions().ConceptWeight;
        var embedder = new LocalHashingEmbedder(Options.Create(new EmbeddingOptions { Dimensions = dims, ConceptWeight = weight, UseSupportLexicon = weight > 0 }));
        var all = LabelledQuestions.Load(path);
        var matcher = new ConceptMatcher(SupportLexicon.Default);
        var guard = !options.Extra.ContainsKey("noguard");
        var warm = all.Where(q => q.Canonical).ToList();
        var replay = all.Where(q => !q.Canonical).ToList();
        var (tune, report) = LabelledQuestions.Split(replay);
        var thresholds = Enumerable.Range(0, 15).Select(i => 0.30f + (i * 0.05f)).ToArray();
        if (options.Extra.TryGetValue("explain", out var explain))
        {
            Explain(embedder, warm, replay, float.Parse(explain, CultureInfo.InvariantCulture));
            return;
        }

        FaqShare(embedder, all);
        foreach (var (name, set) in new[] { ("tune", tune), ("report", report), ("all", replay) })
        {
            Console.WriteLine($"## {name} ({set.Count} questions)");
            Console.WriteLine("| threshold | lang | hit | wrong | miss | hit/intent |");
            Console.WriteLine("|---|---|---|---|---|---|");
            var units = new ContentUnits(weight > 0 ? matcher : null);
            LlmActors.Caching.CacheQuery Read(string t) => new(TextNormalizer.ExactKey(t), embedder.Embed(t), embedder.Id, guard ? matcher.Topics(t) : [], 0, units.Of(t));
            foreach (var row in CacheEvaluator.Run(Read, warm, set, thresholds))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Threshold:0.00} | {row.Lang} | {row.HitRate:P1} ({row.Hits}) | {row.WrongHitRate:P1} ({row.WrongHits}) | {row.MissRate:P1} ({row.Misses}) | {row.IntentHitRate:P1} |"));
            }
        }
    }

    private static string[] Topics(string text) => new ConceptMatcher(SupportLexicon.Default).Topics(text);

    private static void Explain(LocalHashingEmbedder embedder, List<LabelledQuestion> warm, List<LabelledQuestion> replay, float threshold)
    {
        var vectors = warm.Select(w => (w, v: embedder.Embed(w.Text))).ToList();
        foreach (var q in replay)
        {
            var v = embedder.Embed(q.Text);
            var best = vectors.Select(w => (w.w, s: System.Numerics.Tensors.TensorPrimitives.Dot(w.v, v))).MaxBy(x => x.s);
            var mark = best.s < threshold ? "miss " : !TopicGuard.Allows(Topics(q.Text), Topics(best.w.Text)) ? "guard" : best.w.Intent == q.Intent ? "HIT  " : "WRONG";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mark} {best.s:0.000} [{string.Join(",", Topics(q.Text))}|{string.Join(",", Topics(best.w.Text))}] {q.Intent ?? "NEG:"} {q.Text}  ->  {best.w.Text}"));
        }
    }

    // The classifier's share of intent questions (first turn) sent to the cheap tier, by language and by what recognised them.
    private static void FaqShare(LocalHashingEmbedder embedder, IReadOnlyList<LabelledQuestion> all)
    {
        var rules = LlmActors.Grains.Support.DefaultRoutingRules.Create(new LlmActors.Grains.Support.SupportOptions());
        var classifier = new LlmActors.Grains.Support.ComplexityClassifier(rules, [.. rules.FaqExamples.Select(embedder.Embed)]);
        var keywordsOnly = new LlmActors.Grains.Support.ComplexityClassifier(rules with { FaqExamples = [] }, []);
        Console.WriteLine("| FAQ to the cheap tier | lang | keywords + examples | keywords only |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var lang in new[] { "en", "zh", "all" })
        {
            var faqs = all.Where(q => q.Intent is not null && (lang == "all" || q.Lang == lang)).ToList();
            double Share(LlmActors.Grains.Support.ComplexityClassifier c) =>
                (double)faqs.Count(q => c.Classify(q.Text, embedder.Embed(q.Text), 0).Tier == LlmActors.Models.ModelTier.Simple) / faqs.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| | {lang} | {Share(classifier):P1} | {Share(keywordsOnly):P1} |"));
        }

        Console.WriteLine();
    }
}
