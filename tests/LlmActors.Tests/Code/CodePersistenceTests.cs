using LlmActors.Code;
using LlmActors.Grains.Code;
using LlmActors.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.TypeSystem;

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

    [Fact]
    public void A_files_state_reads_back_as_written_through_the_cluster_modes_json_storage_format()
    {
        var services = fixture.Factory.Services;
        var json = new GrainStateJsonSerializer(services, services.GetRequiredService<TypeConverter>(), services.GetRequiredService<TypeResolver>());
        var window = new ContextWindow(50, 10);
        var cache = new CompletionCache(8, 16);
        cache.Add(window.Build("var x = ", 8, "csharp"), "Foo();\n", "sim-code");
        var stats = new CompletionStatistics();
        stats.Apply(new CompletionSample(CompletionOutcome.Miss, 420, StartedModelCall: true));
        stats.Apply(new CompletionSample(CompletionOutcome.Hit, 0.5, StartedModelCall: false));
        var state = new CompletionState { Path = "src/a.cs", Stats = stats, Entries = [.. cache.MostRecent(8)] };

        var read = json.Deserialize<CompletionState>(json.Serialize(state));

        Assert.Equal("src/a.cs", read.Path);
        Assert.Equal(stats.ToStats(), read.Stats.ToStats());
        Assert.Equal(state.Entries, read.Entries);
    }
}
