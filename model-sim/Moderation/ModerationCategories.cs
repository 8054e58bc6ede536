using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// The thirteen categories the OpenAI SDK reads. Sub-categories are derived: a threat needs both the base harm
/// and violence (geometric mean), sexual/minors needs a mention of minors.
/// </summary>
internal static class ModerationCategories
{
    public static readonly ModerationCategory[] All =
    [
        new("sexual", r => r[Sexual]),
        new("sexual/minors", r => r[Sexual] * (r.MentionsMinors ? 1 : 0.05)),
        new("hate", r => r[Hate]),
        new("hate/threatening", r => Math.Sqrt(r[Hate] * r[Violence])),
        new("harassment", r => r[Harassment]),
        new("harassment/threatening", r => Math.Sqrt(r[Harassment] * r[Violence])),
        new("self-harm", r => r[SelfHarm]),
        new("self-harm/intent", r => r[SelfHarm] * 0.9),
        new("self-harm/instructions", r => r[SelfHarm] * 0.3),
        new("violence", r => r[Violence]),
        new("violence/graphic", r => r[Violence] * 0.5),
        new("illicit", r => r[Illicit]),
        new("illicit/violent", r => Math.Sqrt(r[Illicit] * r[Violence])),
    ];
}
