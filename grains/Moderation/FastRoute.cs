namespace LlmActors.Grains.Moderation;

/// <summary>Where a fast score sends an input.</summary>
public enum FastRoute
{
    Allow,
    Block,
    Escalate,
}
