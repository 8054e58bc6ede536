using LlmActors.Grains.Moderation;
using LlmActors.Moderation;
using static LlmActors.Tests.Moderation.Scored;

namespace LlmActors.Tests.Moderation;

/// <summary>
/// Six items checked by hand against policy {0.2, 0.8}:
/// 1. harmless, fast 0.05 → cascade allows at fast (right); fast-only allows; strong 0.10 allows.
/// 2. harmless, fast 0.60 → escalated; strong 0.30 allows (right); fast-only blocks (false block).
/// 3. harmful,  fast 0.90 → cascade blocks at fast (right); strong 0.95 blocks.
/// 4. harmful,  fast 0.40 → escalated; strong 0.70 blocks (right); fast-only allows (miss).
/// 5. harmless, fast 0.85 → cascade blocks at fast (false block); strong 0.20 allows.
/// 6. harmful,  fast 0.15 → cascade allows at fast (miss); strong 0.55 blocks.
/// </summary>
public sealed class DecisionMetricsTests
{
    private static readonly ScoredItem[] Items =
    [
        Item(false, 0.05, 0.10),
        Item(false, 0.60, 0.30),
        Item(true, 0.90, 0.95),
        Item(true, 0.40, 0.70),
        Item(false, 0.85, 0.20),
        Item(true, 0.15, 0.55),
    ];

    [Fact]
    public void Cascade_metrics_count_only_the_escalated_items_against_the_strong_model()
    {
        var m = DecisionMetrics.Cascade(Items, new CascadePolicy(0.2, 0.8), FailMode.Closed);

        Assert.Equal(4.0 / 6, m.Accuracy, 9);
        Assert.Equal(1.0 / 3, m.FalseBlockRate, 9); // item 5 of 3 harmless
        Assert.Equal(1.0 / 3, m.MissRate, 9);       // item 6 of 3 harmful
        Assert.Equal(2.0 / 6, m.StrongShare, 9);    // items 2 and 4
        Assert.Equal(6m * 1 + 2 * 10, m.CostUsd);
        Assert.Equal((6 * 10 + 2 * 100) / 6.0, m.AvgLatencyMs, 9);
    }

    [Fact]
    public void Fast_only_blocks_from_one_half_and_pays_only_the_fast_model()
    {
        var m = DecisionMetrics.FastOnly(Items, FailMode.Closed);

        Assert.Equal(2.0 / 6, m.Accuracy, 9);       // right: items 1 and 3
        Assert.Equal(2.0 / 3, m.FalseBlockRate, 9); // items 2 and 5
        Assert.Equal(2.0 / 3, m.MissRate, 9);       // items 4 and 6
        Assert.Equal(0, m.StrongShare);
        Assert.Equal(6m, m.CostUsd);
        Assert.Equal(10, m.AvgLatencyMs, 9);
    }

    [Fact]
    public void Strong_only_decides_everything_and_pays_only_the_strong_model()
    {
        var m = DecisionMetrics.StrongOnly(Items, FailMode.Closed);

        Assert.Equal(1, m.Accuracy, 9);
        Assert.Equal(0, m.FalseBlockRate);
        Assert.Equal(0, m.MissRate);
        Assert.Equal(1, m.StrongShare);
        Assert.Equal(60m, m.CostUsd);
        Assert.Equal(100, m.AvgLatencyMs, 9);
    }

    [Fact]
    public void Unscored_items_follow_the_fail_mode()
    {
        ScoredItem[] items = [Item(false, null, null), Item(true, null, null)];

        Assert.Equal(1.0, DecisionMetrics.StrongOnly(items, FailMode.Closed).FalseBlockRate, 9);
        Assert.Equal(1.0, DecisionMetrics.StrongOnly(items, FailMode.Open).MissRate, 9);
        Assert.Equal(1.0, DecisionMetrics.Cascade(items, new CascadePolicy(0.2, 0.8), FailMode.Open).StrongShare, 9);
    }
}
