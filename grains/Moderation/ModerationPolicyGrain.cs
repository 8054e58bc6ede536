using LlmActors.Moderation;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Non-reentrant on purpose: a Get waits for a Set's storage write, so no caller is handed a policy that is not
/// durable yet. Get finishes in one turn, so a busy project still costs only a short queue here.
/// </summary>
public sealed class ModerationPolicyGrain(
    [PersistentState("moderation", StorageNames.Policies)] IPersistentState<ModerationPolicyState> state,
    IOptions<ModerationOptions> options) : Grain, IModerationPolicyGrain
{
    public Task<ModerationPolicy> GetState() => Get();

    public Task<ModerationPolicy> Get() => Task.FromResult(state.State.Policy ?? options.Value.DefaultPolicy);

    public async Task<ModerationPolicy> Set(double allowBelow, double blockAbove, FailMode? failMode)
    {
        var current = state.State.Policy ?? options.Value.DefaultPolicy;
        var policy = new ModerationPolicy(allowBelow, blockAbove, failMode ?? current.FailMode);
        if (policy.Problem() is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Field);
        }

        state.State.Policy = policy;
        await state.WriteStateAsync();
        return policy;
    }
}
