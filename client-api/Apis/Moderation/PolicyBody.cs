using LlmActors.Moderation;

namespace LlmActors.Api.Apis.Moderation;

/// <summary>The moderation policy in force, as the admin route answers it.</summary>
public sealed record PolicyBody(string ProjectId, double AllowBelow, double BlockAbove, string FailMode)
{
    public static PolicyBody Of(string projectId, ModerationPolicy policy) =>
        new(projectId, policy.AllowBelow, policy.BlockAbove, policy.FailMode == LlmActors.Moderation.FailMode.Open ? "open" : "closed");
}
