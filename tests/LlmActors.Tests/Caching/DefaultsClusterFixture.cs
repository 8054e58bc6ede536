using LlmActors.Grains.Caching.Evaluation;
using LlmActors.Grains.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Caching;

/// <summary>The support grains with every setting at its default (capacity included), for replaying labelled sets.</summary>
public sealed class DefaultsClusterFixture() : SupportClusterFixture(new Dictionary<string, string?>())
{
    public SupportReplay Replay => new(Cluster.Silos[0].ServiceProvider.GetRequiredService<SupportPipeline>(), Cluster.Client);
}

[CollectionDefinition(Name)]
public sealed class DefaultsClusterCollection : ICollectionFixture<DefaultsClusterFixture>
{
    public const string Name = "support-defaults-cluster";
}
