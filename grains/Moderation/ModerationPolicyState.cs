using LlmActors.Moderation;

namespace LlmActors.Grains.Moderation;

/// <summary>A project's stored policy; null until the project sets one, so it follows the configured defaults until then.</summary>
[GenerateSerializer, Alias("moderation.policy-state")]
public sealed class ModerationPolicyState
{
    [Id(0)] public ModerationPolicy? Policy { get; set; }
}
