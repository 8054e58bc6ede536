using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>A decision, the stage that made it, and the fail mode when that is what decided.</summary>
public sealed record CascadeOutcome(ModerationDecision Decision, ModerationStage Stage, FailMode? FailModeApplied = null);
