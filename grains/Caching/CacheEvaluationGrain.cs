using LlmActors.Caching;
using LlmActors.Grains.Embeddings;
using LlmActors.Grains.Support;
using Orleans.Concurrency;

namespace LlmActors.Grains.Caching;

/// <summary>
/// Stateless and reentrant: an evaluation waits on embeddings and keeps nothing. Each pair is scored on a cache
/// holding only its cached question, built and searched the way the pipeline builds and searches the real one
/// (<see cref="CacheQuestions"/>, <see cref="CacheIndex"/>), so the figures are what the cache would do.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class CacheEvaluationGrain(ProjectRules rules, CacheQuestions questions, ITextEmbedder embedder) : Grain, ICacheEvaluationGrain
{
    public async Task<CacheEvaluation> Evaluate(string projectId, CachePair[] pairs, float[] thresholds, CancellationToken cancellationToken)
    {
        var compiled = await rules.ForProjectAsync(projectId, cancellationToken);
        var read = new Dictionary<string, CacheQuery>(StringComparer.Ordinal);
        foreach (var text in pairs.SelectMany(p => new[] { p.Cached, p.Asked }).Distinct(StringComparer.Ordinal))
        {
            read[text] = questions.Read(text, await embedder.EmbedAsync(text, projectId, cancellationToken), compiled);
        }

        var now = DateTimeOffset.UnixEpoch;
        var caches = pairs.Select(p =>
        {
            var cached = read[p.Cached];
            var index = new CacheIndex(Math.Max(1, cached.Vector.Length), 1);
            index.Put(CacheQuestions.Entry(cached, p.Cached, ""), cached.Vector, now);
            return index;
        }).ToArray();

        CacheEvaluationRow Row(float threshold)
        {
            int hits = 0, wrong = 0;
            for (var i = 0; i < pairs.Length; i++)
            {
                var asked = read[pairs[i].Asked] with { Threshold = threshold };
                if (caches[i].Find(asked, asked.Vector, now) is not null)
                {
                    _ = pairs[i].Same ? hits++ : wrong++;
                }
            }

            var misses = pairs.Length - hits - wrong;
            double Rate(int n) => pairs.Length == 0 ? 0 : Math.Round((double)n / pairs.Length, 4);
            return new CacheEvaluationRow(threshold, hits, wrong, misses, Rate(hits), Rate(wrong), Rate(misses));
        }

        return new CacheEvaluation(embedder.Id, compiled.Intents.Count, pairs.Length, pairs.Count(p => p.Same),
            Row(compiled.Rules.CacheThreshold), [.. thresholds.Order().Select(Row)]);
    }
}
