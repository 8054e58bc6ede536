namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>The security tests share one two-host cluster.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityClusterCollection : ICollectionFixture<SecurityClusterFixture>
{
    public const string Name = "security-cluster";
}
