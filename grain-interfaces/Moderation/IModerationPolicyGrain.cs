namespace LlmActors.Moderation;

/// <summary>One project's moderation policy, persisted; keyed by project id.</summary>
public interface IModerationPolicyGrain : IGrainWithStringKey
{
    /// <summary>The policy in force: the project's own, or the configured defaults when it has set none.</summary>
    Task<ModerationPolicy> Get();

    /// <summary>A readable view of what this grain holds; the Orleans Dashboard's grain-state page calls a method of this name.</summary>
    Task<ModerationPolicy> GetState();

    /// <summary>
    /// Sets the project's thresholds, and its fail mode unless <paramref name="failMode"/> is null (then the one in
    /// force stays); answers once durable. Throws <see cref="ArgumentException"/> for invalid values.
    /// </summary>
    Task<ModerationPolicy> Set(double allowBelow, double blockAbove, FailMode? failMode);
}
