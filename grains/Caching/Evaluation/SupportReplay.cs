using LlmActors.Chat;
using LlmActors.Grains.Support;
using LlmActors.Support;

namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// Replays a labelled set through the support pipeline's cache path with the project's rules: the real
/// embedder, cacheability rule and <see cref="SemanticCacheGrain"/>, everything but the model call, whose answer
/// is a stand-in naming the question's label (so a hit's rightness is read off the answer it served). Warm: each
/// intent's canonical question is asked once and its answer kept; then every paraphrase and near miss is asked
/// in a seeded shuffled order, and an answer is kept on every miss, as in production (tests/data/support-cache).
/// </summary>
public sealed class SupportReplay(SupportPipeline pipeline, IGrainFactory grains)
{
    private const string AnswerPrefix = "answer for ";

    /// <summary>The set's FAQ as a project would register it: each intent with its canonical and example questions.</summary>
    public static IReadOnlyList<FaqIntent> Intents(IReadOnlyList<LabelledQuestion> set) =>
        [.. set.Where(q => q.Intent is not null && q.Kind is LabelledQuestion.CanonicalKind or LabelledQuestion.ExampleKind)
            .GroupBy(q => q.Intent!, StringComparer.Ordinal)
            .Select(g => new FaqIntent(g.Key, [.. g.Select(q => q.Text)]))];

    /// <param name="registerIntents">Register the set's FAQ (<see cref="Intents"/>) as the project's intents first.</param>
    public async Task<IReadOnlyList<ReplayOutcome>> RunAsync(
        string projectId, IReadOnlyList<LabelledQuestion> set, int seed, bool registerIntents, CancellationToken cancellationToken)
    {
        if (registerIntents)
        {
            var rules = grains.GetGrain<IRoutingRulesGrain>(projectId);
            await rules.Set(await rules.Get() with { FaqIntents = Intents(set) });
        }

        var warm = set.Where(q => q.Kind == LabelledQuestion.CanonicalKind).ToList();
        var replay = set.Where(q => q.Kind is LabelledQuestion.ParaphraseKind or LabelledQuestion.NearMissKind).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(replay));
        foreach (var question in warm)
        {
            await AskAsync(projectId, question, cancellationToken);
        }

        var outcomes = new List<ReplayOutcome>(replay.Count);
        foreach (var question in replay)
        {
            outcomes.Add(await AskAsync(projectId, question, cancellationToken));
        }

        return outcomes;
    }

    /// <summary>
    /// A day of repeated FAQ traffic: <paramref name="messages"/> messages per language after the warm-up, 85% a
    /// paraphrase of an intent (intents by popularity 1/rank in a seeded order, then one of its paraphrases
    /// uniformly) and 15% a near miss, each typed with noise (case, a greeting or thanks, missing or doubled
    /// question marks), kept on every miss. Exact repeats are the point of a cache; near misses and paraphrases
    /// still have to stay apart.
    /// </summary>
    public async Task<IReadOnlyList<ReplayOutcome>> RunDayAsync(
        string projectId, IReadOnlyList<LabelledQuestion> set, int seed, int messages, bool registerIntents, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var day = new List<LabelledQuestion>();
        foreach (var lang in set.Select(q => q.Lang).Distinct().Order(StringComparer.Ordinal))
        {
            var paraphrases = set.Where(q => q.Lang == lang && q.Kind == LabelledQuestion.ParaphraseKind).GroupBy(q => q.Intent!).Select(g => g.ToList()).ToList();
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paraphrases));
            var near = set.Where(q => q.Lang == lang && q.Kind == LabelledQuestion.NearMissKind).ToList();
            var weights = paraphrases.Select((_, rank) => 1.0 / (rank + 1)).ToArray();
            for (var i = 0; i < messages; i++)
            {
                var q = random.NextDouble() < 0.15 && near.Count > 0 ? near[random.Next(near.Count)] : Pick(paraphrases, weights, random);
                day.Add(q with { Text = Noisy(q.Text, random), Written = q.Text });
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(day));
        var warmOnly = set.Where(q => q.Kind is LabelledQuestion.CanonicalKind or LabelledQuestion.ExampleKind).ToList();
        await RunAsync(projectId, warmOnly, seed, registerIntents, cancellationToken);
        var outcomes = new List<ReplayOutcome>(day.Count);
        foreach (var question in day)
        {
            outcomes.Add(await AskAsync(projectId, question, cancellationToken));
        }

        return outcomes;
    }

    private static LabelledQuestion Pick(List<List<LabelledQuestion>> intents, double[] weights, Random random)
    {
        var x = random.NextDouble() * weights.Sum();
        var i = 0;
        while (i < weights.Length - 1 && (x -= weights[i]) > 0)
        {
            i++;
        }

        return intents[i][random.Next(intents[i].Count)];
    }

    private static string Noisy(string text, Random random)
    {
        var cjk = text.Any(c => c >= '\u4e00' && c <= '\u9fff');
        var core = text.TrimEnd('?', '？', '!', '.');
        core = random.Next(4) switch
        {
            0 when !cjk => core.ToLowerInvariant(),
            1 when !cjk => char.ToUpperInvariant(core[0]) + core[1..],
            _ => core,
        };
        var start = random.Next(5) switch { 0 => cjk ? "你好," : "hi, ", 1 => cjk ? "请问" : "hello ", _ => "" };
        var end = random.Next(5) switch { 0 => "??", 1 => cjk ? "?谢谢" : "? thanks", 2 => "", _ => "?" };
        return start + core + end;
    }

    /// <summary>Per language and for all: hits, wrong hits and misses of the replayed questions.</summary>
    public static IReadOnlyList<ReplayTally> Tally(IEnumerable<ReplayOutcome> outcomes)
    {
        var list = outcomes.ToList();
        var byLang = list.GroupBy(o => o.Question.Lang).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Of(g.Key, g)).ToList();
        return [.. byLang, ReplayTally.Sum("all", byLang)];
    }

    private static ReplayTally Of(string lang, IEnumerable<ReplayOutcome> outcomes)
    {
        var list = outcomes.ToList();
        var paraphrases = list.Where(o => o.Question.Intent is not null).ToList();
        var near = list.Where(o => o.Question.Intent is null).ToList();
        return new(lang, paraphrases.Count, paraphrases.Count(o => o.IsHit && o.Right), paraphrases.Count(o => o.IsWrong), near.Count, near.Count(o => o.IsWrong));
    }

    private async Task<ReplayOutcome> AskAsync(string projectId, LabelledQuestion question, CancellationToken cancellationToken)
    {
        var requestId = "replay-" + Guid.NewGuid().ToString("N");
        ChatMessage[] messages = [new("system", new SupportOptions().SystemPrompt), new("user", question.Text)];
        var request = new ChatRequest(projectId, null, requestId, "auto", messages, new ChatSampling(new SupportOptions().MaxOutputTokensFor(question.Text)));
        var plan = await pipeline.PlanAsync(request, LlmActors.Caching.CacheKeys.SupportNamespace, cancellationToken);
        if (plan.Lookup.IsHit)
        {
            var right = plan.Lookup.Answer == AnswerPrefix + question.Label;
            return new ReplayOutcome(question, plan.Cache, plan.Lookup.MatchedQuestion, right);
        }

        await pipeline.KeepAsync(plan, projectId, LlmActors.Caching.CacheKeys.SupportNamespace, AnswerPrefix + question.Label, plan.Model, "stop");
        return new ReplayOutcome(question, plan.Cache, null, false);
    }
}
