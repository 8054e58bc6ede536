namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// Outcome counts for one language at one threshold. Every replayed question is exactly one of: a hit on its
/// own intent, a wrong hit (another intent's answer, or any answer to a near-miss), or a miss.
/// </summary>
public sealed record EvaluationRow(string Lang, float Threshold, int Queries, int Hits, int WrongHits, int Misses, int IntentQueries)
{
    public double HitRate => Rate(Hits, Queries);

    public double WrongHitRate => Rate(WrongHits, Queries);

    public double MissRate => Rate(Misses, Queries);

    /// <summary>Right hits over the questions that have an intent: the share a user would see answered correctly from cache.</summary>
    public double IntentHitRate => Rate(Hits, IntentQueries);

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
