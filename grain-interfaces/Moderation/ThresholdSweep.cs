namespace LlmActors.Moderation;

/// <summary>
/// Every threshold pair on a 0.01 grid, replayed on the scores already taken (no extra model calls).
/// <see cref="Frontier"/> holds the pairs within the false-block target that no other such pair beats on both
/// accuracy and strong-model share, cheapest first; <see cref="Suggested"/> is the cheapest frontier pair whose
/// accuracy is within the allowed loss of the frontier's best, or null when no pair meets the target. Among pairs
/// with the same outcome on the set, the widest band is kept: it leaves unseen scores more room to be escalated.
/// </summary>
[GenerateSerializer, Immutable, Alias("moderation.threshold-sweep")]
public sealed record ThresholdSweep(
    [property: Id(0)] double TargetFalseBlockRate,
    [property: Id(1)] ThresholdChoice? Suggested,
    [property: Id(2)] ThresholdChoice[] Frontier);
