namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// Measures a cache configuration on labelled questions with the same <see cref="CacheIndex"/> the grain uses:
/// warm with each intent's canonical questions, replay the others, count hits, wrong hits and misses.
/// </summary>
public static class CacheEvaluator
{
    public static IReadOnlyList<EvaluationRow> Run(
        Func<string, float[]> embed, Func<string, string[]> topics, Func<string, string> exactKey, IReadOnlyList<LabelledQuestion> warm,
        IReadOnlyList<LabelledQuestion> replay, IEnumerable<float> thresholds)
    {
        var now = DateTimeOffset.UnixEpoch;
        var index = new CacheIndex(embed("x").Length, Math.Max(1, warm.Count));
        foreach (var q in warm)
        {
            index.Put(new CacheEntry { ExactKey = exactKey(q.Text), Question = q.Text, Answer = q.Intent ?? "", Topics = topics(q.Text), ExpiresAt = DateTimeOffset.MaxValue }, embed(q.Text), now);
        }

        var queries = replay.Select(q => (Question: q, Key: exactKey(q.Text), Vector: embed(q.Text), Topics: topics(q.Text))).ToList();
        var rows = new List<EvaluationRow>();
        foreach (var threshold in thresholds)
        {
            foreach (var lang in queries.Select(q => q.Question.Lang).Distinct().Order().Append("all"))
            {
                var subset = queries.Where(q => lang == "all" || q.Question.Lang == lang).ToList();
                int hits = 0, wrong = 0;
                foreach (var (question, key, vector, questionTopics) in subset)
                {
                    if (index.Find(key, vector, questionTopics, threshold, now) is { } match)
                    {
                        if (question.Intent is not null && match.Entry.Answer == question.Intent)
                        {
                            hits++;
                        }
                        else
                        {
                            wrong++;
                        }
                    }
                }

                rows.Add(new EvaluationRow(lang, threshold, subset.Count, hits, wrong, subset.Count - hits - wrong, subset.Count(q => q.Question.Intent is not null)));
            }
        }

        return rows;
    }
}
