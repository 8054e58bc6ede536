using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>An item the cascade got wrong: its position (and id, if sent), its label and the scores.</summary>
public sealed record MistakeBody(int Index, string? Id, bool Flagged, double? FastScore, double? StrongScore, string Stage)
{
    public static MistakeBody Of(EvaluationMistake m) =>
        new(m.Index, m.Id, m.Flagged, m.FastScore, m.StrongScore, m.Stage == ModerationStage.Fast ? "fast" : "strong");
}
