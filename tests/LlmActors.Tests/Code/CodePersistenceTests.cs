using LlmActors.Code;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace LlmActors.Tests.Code;

/// <summary>What a file's grain keeps when it is deactivated (idle collection, a silo shutting down): statistics and cache entries.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class CodePersistenceTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stats_and_cached_completions_survive_the_grains_deactivation()
    {
        const string project = "code-persist";
        using var code = await CodeClient.For(fixture.Factory, project);
        var first = await code.Complete("kept.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var grains = fixture.Factory.Services.GetRequiredService<IGrainFactory>();
        var file = grains.GetGrain<ICompletionCacheGrain>(FileKeys.For(project, "kept.cs")).GetGrainId();
        var management = grains.GetGrain<IManagementGrain>(0);

        await management.ForceActivationCollection(TimeSpan.Zero, Ct);
        await Eventually.Until(async () => (await management.GetActiveGrains(file.Type)).Contains(file), active => !active, Ct);
        var again = await code.Complete("kept.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.True(again.Cached);
        Assert.Equal(first.Completion, again.Completion);
        var stats = await code.Stats("kept.cs", Ct);
        Assert.Equal((2, 1, 1), (stats.Total, stats.CacheHits, stats.ModelCalls));
    }
}
