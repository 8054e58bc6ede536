using LlmActors.Chat;
using LlmActors.Grains.Support;

namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// Replays a labelled set through the support pipeline's cache path with the project's rules: the real
/// embedder, cacheability rule and <see cref="SemanticCacheGrain"/>, everything but the model call, whose answer
/// is a stand-in naming the question's label (so a hit's rightness is read off the answer it served). Warm: each
/// intent's canonical question is asked once and its answer kept; then every paraphrase and near miss is asked
/// in a seeded shuffled order, and an answer is kept on every miss, as in production (tests/data/support-cache).
/// </summary>
public sealed class SupportReplay(SupportPipeline pipeline)
{
    private const string AnswerPrefix = "answer for ";

    public async Task<IReadOnlyList<ReplayOutcome>> RunAsync(string projectId, IReadOnlyList<LabelledQuestion> set, int seed, CancellationToken cancellationToken)
    {
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
        return new(lang, paraphrases.Count, paraphrases.Count(o => o.IsHit && o.Right), paraphrases.Count(o => o.IsWrong), near.Count, near.Count(o => o.IsHit));
    }

    private async Task<ReplayOutcome> AskAsync(string projectId, LabelledQuestion question, CancellationToken cancellationToken)
    {
        var requestId = "replay-" + Guid.NewGuid().ToString("N");
        ChatMessage[] messages = [new("system", new SupportOptions().SystemPrompt), new("user", question.Text)];
        var request = new ChatRequest(projectId, null, requestId, "auto", messages, new ChatSampling(new SupportOptions().MaxOutputTokens));
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
