using LlmActors.Moderation;
using OpenAI.Moderations;

namespace LlmActors.Grains.Models;

/// <summary>Reads the SDK's typed moderation result as OpenAI's category names and scores.</summary>
public static class EndpointCategories
{
    private static readonly (string Name, Func<ModerationResult, ModerationCategory?> Of)[] Map =
    [
        ("harassment", r => r.Harassment),
        ("harassment/threatening", r => r.HarassmentThreatening),
        ("hate", r => r.Hate),
        ("hate/threatening", r => r.HateThreatening),
        ("illicit", r => r.Illicit),
        ("illicit/violent", r => r.IllicitViolent),
        ("self-harm", r => r.SelfHarm),
        ("self-harm/instructions", r => r.SelfHarmInstructions),
        ("self-harm/intent", r => r.SelfHarmIntent),
        ("sexual", r => r.Sexual),
        ("sexual/minors", r => r.SexualMinors),
        ("violence", r => r.Violence),
        ("violence/graphic", r => r.ViolenceGraphic),
    ];

    /// <summary>
    /// The categories the provider reported (older models lack some), clamped to [0, 1] and rounded to the six
    /// decimals the API shows, so a threshold compares with the very score a user sees.
    /// </summary>
    public static CategoryScore[] Of(ModerationResult result) =>
        [.. Map.Select(m => (m.Name, Category: m.Of(result)))
            .Where(m => m.Category is not null && float.IsFinite(m.Category.Score))
            .Select(m => new CategoryScore(m.Name, Math.Round(Math.Clamp((double)m.Category!.Score, 0, 1), 6)))];
}
