namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>One replayed question: whether the cache answered it, with whose answer, and whether that was right.</summary>
public sealed record ReplayOutcome(LabelledQuestion Question, string Cache, string? MatchedQuestion, bool Right)
{
    public bool IsHit => Cache == "hit";

    public bool IsWrong => IsHit && !Right;
}
