namespace LlmActors.IntegrationTests.Reliability;

/// <summary>The fault tests share one cluster; collections run one after another, so no other cluster competes with it.</summary>
[CollectionDefinition(Name)]
public sealed class FaultClusterCollection : ICollectionFixture<FaultClusterFixture>
{
    public const string Name = "fault-cluster";
}
