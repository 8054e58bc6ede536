namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// What one language of a replayed set got: paraphrases answered with their own intent's answer, with another
/// answer, or not from the cache; near misses answered from the cache with another question's answer (a repeat
/// of the same near miss may rightly get its own) or not.
/// </summary>
public sealed record ReplayTally(string Lang, int Paraphrases, int Right, int WrongParaphrases, int NearMisses, int WrongNearMisses)
{
    public int Queries => Paraphrases + NearMisses;

    public int Wrong => WrongParaphrases + WrongNearMisses;

    /// <summary>Right hits over paraphrases: the share of repeated FAQ traffic the cache answers (the bar: at least 40%).</summary>
    public double HitRate => Rate(Right, Paraphrases);

    /// <summary>Wrong hits over every replayed question (the bar: at most 1%).</summary>
    public double WrongRate => Rate(Wrong, Queries);

    /// <summary>Paraphrases answered with another intent's (or a near miss's) answer, over paraphrases.</summary>
    public double WrongParaphraseRate => Rate(WrongParaphrases, Paraphrases);

    public double MissRate => Rate(Queries - Right - Wrong, Queries);

    public static ReplayTally Sum(string lang, IEnumerable<ReplayTally> parts)
    {
        var list = parts.ToList();
        return new(lang, list.Sum(t => t.Paraphrases), list.Sum(t => t.Right), list.Sum(t => t.WrongParaphrases),
            list.Sum(t => t.NearMisses), list.Sum(t => t.WrongNearMisses));
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
