using LlmActors.Grains.Moderation;
using LlmActors.Moderation;
using static LlmActors.Tests.Moderation.Scored;

namespace LlmActors.Tests.Moderation;

public sealed class ThresholdSweeperTests
{
    /// <summary>
    /// Fast scores separate the labels except in the middle, where only the strong model is right. The cheapest
    /// thresholds that stay as accurate as strong-only must escalate exactly the items with fast scores 0.40 and
    /// 0.60: allowBelow in (0.10, 0.40] and blockAbove in [0.60, 0.90).
    /// </summary>
    private static readonly ScoredItem[] Items =
    [
        Item(false, 0.02, 0.05),
        Item(false, 0.10, 0.10),
        Item(false, 0.60, 0.20), // fast alone would block this harmless item
        Item(true, 0.40, 0.80),  // fast alone would allow this harmful one
        Item(true, 0.90, 0.90),
        Item(true, 0.97, 0.95),
    ];

    [Fact]
    public void The_suggestion_escalates_only_what_the_fast_model_gets_wrong()
    {
        var sweep = ThresholdSweeper.Sweep(Items, FailMode.Closed, targetFalseBlockRate: 0, maxAccuracyLoss: 0);

        var suggested = Assert.IsType<ThresholdChoice>(sweep.Suggested);
        Assert.Equal(1, suggested.Metrics.Accuracy, 9);
        Assert.Equal(0, suggested.Metrics.FalseBlockRate);
        Assert.Equal(2.0 / 6, suggested.Metrics.StrongShare, 9);
        Assert.InRange(suggested.AllowBelow, 0.11, 0.40);
        Assert.InRange(suggested.BlockAbove, 0.60, 0.89);
    }

    /// <summary>Allowing the 0.40 item through (one miss) needs no strong call at all: allowBelow above 0.60, blockAbove below 0.90.</summary>
    [Fact]
    public void Allowing_some_accuracy_loss_buys_a_cheaper_suggestion()
    {
        var sweep = ThresholdSweeper.Sweep(Items, FailMode.Closed, targetFalseBlockRate: 0, maxAccuracyLoss: 0.2);

        var suggested = Assert.IsType<ThresholdChoice>(sweep.Suggested);
        Assert.Equal(5.0 / 6, suggested.Metrics.Accuracy, 9);
        Assert.Equal(0, suggested.Metrics.StrongShare);
        Assert.Equal(0, suggested.Metrics.FalseBlockRate);
    }

    [Fact]
    public void The_frontier_gets_more_accurate_as_it_gets_dearer()
    {
        var frontier = ThresholdSweeper.Sweep(Items, FailMode.Closed, 0, 0).Frontier;

        Assert.NotEmpty(frontier);
        for (var i = 1; i < frontier.Length; i++)
        {
            Assert.True(frontier[i].Metrics.StrongShare > frontier[i - 1].Metrics.StrongShare);
            Assert.True(frontier[i].Metrics.Accuracy > frontier[i - 1].Metrics.Accuracy);
        }

        Assert.All(frontier, c => Assert.Equal(0, c.Metrics.FalseBlockRate));
    }

    [Fact]
    public void No_suggestion_when_no_thresholds_meet_the_target()
    {
        // A fast score of 1 is never below allowBelow, and the strong model blocks too: no pair lets the harmless item through.
        ScoredItem[] items = [Item(false, 1.0, 0.9), Item(true, 0.9, 0.9)];

        var sweep = ThresholdSweeper.Sweep(items, FailMode.Closed, targetFalseBlockRate: 0, maxAccuracyLoss: 0);

        Assert.Null(sweep.Suggested);
        Assert.Empty(sweep.Frontier);
    }
}
