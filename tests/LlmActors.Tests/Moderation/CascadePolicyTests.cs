using LlmActors.Grains.Moderation;
using LlmActors.Moderation;

namespace LlmActors.Tests.Moderation;

public sealed class CascadePolicyTests
{
    private readonly CascadePolicy _policy = new(allowBelow: 0.2, blockAbove: 0.8);

    [Theory]
    [InlineData(0.0, FastRoute.Allow)]
    [InlineData(0.199999, FastRoute.Allow)]
    [InlineData(0.2, FastRoute.Escalate)] // exactly allowBelow: not below it, so the strong model decides
    [InlineData(0.5, FastRoute.Escalate)]
    [InlineData(0.8, FastRoute.Escalate)] // exactly blockAbove: not above it, so the strong model decides
    [InlineData(0.800001, FastRoute.Block)]
    [InlineData(1.0, FastRoute.Block)]
    public void A_fast_score_is_decided_only_strictly_outside_the_band(double score, FastRoute expected) =>
        Assert.Equal(expected, _policy.Route(score));

    [Fact]
    public void A_missing_fast_score_escalates() => Assert.Equal(FastRoute.Escalate, _policy.Route(null));

    [Theory]
    [InlineData(0.5, ModerationDecision.Block)] // the strong model blocks at 0.5 or more
    [InlineData(0.499999, ModerationDecision.Allow)]
    public void The_strong_model_blocks_from_one_half(double strong, ModerationDecision expected)
    {
        var outcome = _policy.Decide(0.5, strong, FailMode.Closed);

        Assert.Equal(new CascadeOutcome(expected, ModerationStage.Strong), outcome);
    }

    [Theory]
    [InlineData(FailMode.Closed, ModerationDecision.Block)]
    [InlineData(FailMode.Open, ModerationDecision.Allow)]
    public void Without_a_strong_score_the_fail_mode_decides_and_says_so(FailMode failMode, ModerationDecision expected)
    {
        var outcome = _policy.Decide(0.5, null, failMode);

        Assert.Equal(new CascadeOutcome(expected, ModerationStage.Strong, failMode), outcome);
    }

    [Fact]
    public void Clear_fast_scores_never_consult_the_strong_score()
    {
        Assert.Equal(new CascadeOutcome(ModerationDecision.Allow, ModerationStage.Fast), _policy.Decide(0.05, 0.99, FailMode.Closed));
        Assert.Equal(new CascadeOutcome(ModerationDecision.Block, ModerationStage.Fast), _policy.Decide(0.95, 0.01, FailMode.Open));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Thresholds_zero_and_one_send_everything_to_the_strong_model(double score) =>
        Assert.Equal(FastRoute.Escalate, new CascadePolicy(0, 1).Route(score));

    [Fact]
    public void Equal_thresholds_escalate_only_the_threshold_itself()
    {
        var single = new CascadePolicy(0.5, 0.5);

        Assert.Equal(FastRoute.Allow, single.Route(0.49));
        Assert.Equal(FastRoute.Escalate, single.Route(0.5));
        Assert.Equal(FastRoute.Block, single.Route(0.51));
    }

    [Theory]
    [InlineData(-0.1, 0.8, "allowBelow")]
    [InlineData(0.2, 1.1, "blockAbove")]
    [InlineData(0.9, 0.3, "allowBelow")]
    [InlineData(double.NaN, 0.8, "allowBelow")]
    public void Invalid_thresholds_are_refused_naming_the_field(double allowBelow, double blockAbove, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => new CascadePolicy(allowBelow, blockAbove));

        Assert.Equal(field, error.ParamName);
    }
}
