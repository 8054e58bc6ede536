using LlmActors.Support;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Support;

public sealed class RoutingRulesGrain(
    [PersistentState("routing", StorageNames.Policies)] IPersistentState<RoutingRulesState> state,
    IOptions<SupportOptions> options) : Grain, IRoutingRulesGrain
{
    public Task<RoutingRules> Get() => Task.FromResult(state.State.Rules ?? DefaultRoutingRules.Create(options.Value));

    public async Task<RoutingRules> Set(RoutingRules rules)
    {
        state.State.Rules = rules;
        await state.WriteStateAsync();
        return rules;
    }
}
