namespace LlmActors.Moderation;

/// <summary>What the gateway did with one input.</summary>
[GenerateSerializer, Alias("moderation.decision")]
public enum ModerationDecision
{
    Allow = 0,
    Block = 1,
}
