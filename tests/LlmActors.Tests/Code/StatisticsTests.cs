using LlmActors.Code;
using LlmActors.Grains.Code;

namespace LlmActors.Tests.Code;

public sealed class StatisticsTests
{
    [Fact]
    public void Percentiles_are_within_two_percent()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 1000; ms++)
        {
            histogram.Record(ms);
        }

        Assert.InRange(histogram.Percentile(50), 490, 510);
        Assert.InRange(histogram.Percentile(99), 970, 1010);
        Assert.Equal(0, new LatencyHistogram().Percentile(50));
    }

    [Fact]
    public void Sub_millisecond_answers_count_as_one_millisecond()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(0.2);

        Assert.Equal(1, histogram.Percentile(99));
    }

    [Fact]
    public void Rates_and_counts_follow_the_outcomes()
    {
        var stats = new CompletionStatistics();
        stats.Apply(new CompletionSample(CompletionOutcome.Prefetch, 0, StartedModelCall: true));
        stats.Apply(new CompletionSample(CompletionOutcome.Joined, 120, StartedModelCall: false));
        stats.Apply(new CompletionSample(CompletionOutcome.Hit, 1, StartedModelCall: false));
        stats.Apply(new CompletionSample(CompletionOutcome.Timeout, 3000, StartedModelCall: true));
        stats.Apply(new CompletionSample(CompletionOutcome.Cancelled, 40, StartedModelCall: true));

        var result = stats.ToStats();

        Assert.Equal(4, result.Total);
        Assert.Equal(1, result.CacheHits);
        Assert.Equal(1, result.Joined);
        Assert.Equal(1, result.Timeouts);
        Assert.Equal(1, result.Cancelled);
        Assert.Equal(3, result.ModelCalls);
        Assert.Equal(0.25, result.CacheHitRate);
        Assert.Equal(0.25, result.TimeoutRate);
        Assert.InRange(result.P99Ms, 2940, 3060);
    }

    [Fact]
    public void Long_paths_get_bounded_keys_that_cannot_collide_with_literal_ones()
    {
        var longPath = new string('a', 1000);

        var key = FileKeys.For("proj", longPath);

        Assert.True(key.Length < 100);
        Assert.Equal("proj", FileKeys.ProjectOf(key));
        Assert.Equal("proj/p:src/a.cs", FileKeys.For("proj", "src/a.cs"));
        Assert.NotEqual(key, FileKeys.For("proj", key["proj/".Length..]));
    }
}
