using LlmActors.Grains.Models;
using LlmActors.Grains.Moderation;

namespace LlmActors.Tests.Moderation;

/// <summary>Hand-made scored items: fast costs 1 USD and 10 ms, strong 10 USD and 100 ms, so totals are easy to check.</summary>
internal static class Scored
{
    public static ScoredItem Item(bool flagged, double? fast, double? strong) => new(
        flagged,
        fast is null ? StageScore.Unscored(10) : new StageScore(fast, [], 1m, 10, "fast"),
        strong is null ? StageScore.Unscored(100) : new StageScore(strong, [], 10m, 100, "strong"));
}
