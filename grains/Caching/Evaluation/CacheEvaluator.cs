using LlmActors.Caching;

namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// Measures a cache configuration on labelled questions with the same <see cref="CacheIndex"/> and the same
/// decision (<see cref="CacheIndex.MayAnswer"/>) the grain uses: warm with each intent's canonical questions,
/// replay the others without storing, count hits, wrong hits and misses at each threshold.
/// </summary>
public static class CacheEvaluator
{
    /// <param name="read">A question as the pipeline would look it up (key, vector, topics, units, intent); its threshold is replaced by each of <paramref name="thresholds"/>.</param>
    public static IReadOnlyList<EvaluationRow> Run(
        Func<string, CacheQuery> read, IReadOnlyList<LabelledQuestion> warm, IReadOnlyList<LabelledQuestion> replay, IEnumerable<float> thresholds)
    {
        var now = DateTimeOffset.UnixEpoch;
        var index = new CacheIndex(read("x").Vector.Length, Math.Max(1, warm.Count));
        foreach (var q in warm)
        {
            var query = read(q.Text);
            index.Put(Support.CacheQuestions.Entry(query, q.Text, q.Label), query.Vector, now);
        }

        var queries = replay.Select(q => (Question: q, Query: read(q.Text))).ToList();
        var rows = new List<EvaluationRow>();
        foreach (var threshold in thresholds)
        {
            foreach (var lang in queries.Select(q => q.Question.Lang).Distinct().Order().Append("all"))
            {
                var subset = queries.Where(q => lang == "all" || q.Question.Lang == lang).ToList();
                int hits = 0, wrong = 0;
                foreach (var (question, query) in subset)
                {
                    if (index.Find(query with { Threshold = threshold }, query.Vector, now) is { } match)
                    {
                        _ = question.Intent is not null && match.Entry.Answer == question.Label ? hits++ : wrong++;
                    }
                }

                rows.Add(new EvaluationRow(lang, threshold, subset.Count, hits, wrong, subset.Count - hits - wrong, subset.Count(q => q.Question.Intent is not null)));
            }
        }

        return rows;
    }
}
