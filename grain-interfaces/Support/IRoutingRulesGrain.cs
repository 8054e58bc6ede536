namespace LlmActors.Support;

/// <summary>A project's routing rules, keyed by project id; the defaults until an admin sets them.</summary>
public interface IRoutingRulesGrain : IGrainWithStringKey
{
    Task<RoutingRules> Get();

    /// <summary>Replaces the rules (already validated by the caller) and returns the rules in force.</summary>
    Task<RoutingRules> Set(RoutingRules rules);
}
