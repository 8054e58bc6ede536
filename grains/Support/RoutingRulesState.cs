using LlmActors.Support;

namespace LlmActors.Grains.Support;

[GenerateSerializer, Alias("support.routing-rules-state")]
public sealed class RoutingRulesState
{
    /// <summary>Null until an admin sets rules: the defaults then follow the configuration.</summary>
    [Id(0)] public RoutingRules? Rules { get; set; }
}
