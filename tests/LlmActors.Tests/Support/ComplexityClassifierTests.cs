using LlmActors.Models;
using LlmActors.Grains.Support;
using LlmActors.Support;
using LlmActors.Tests.Caching;

namespace LlmActors.Tests.Support;

public sealed class ComplexityClassifierTests
{
    private static readonly RoutingRules Rules = DefaultRoutingRules.Create(new SupportOptions());

    private static Classification Classify(string message, int priorTurns = 0, RoutingRules? rules = null)
    {
        rules ??= Rules;
        var classifier = new ComplexityClassifier(rules, [.. rules.FaqExamples.Select(CacheTexts.Embedder.Embed)]);
        return classifier.Classify(message, CacheTexts.Embedder.Embed(message), priorTurns);
    }

    [Theory]
    [InlineData("我想退货", "退货")]
    [InlineData("I want a refund", "refund")]
    [InlineData("怎么修改收货地址", "改地址")]
    public void A_first_turn_with_a_keyword_is_simple(string message, string keyword)
    {
        var decision = Classify(message);
        Assert.Equal(ModelTier.Simple, decision.Tier);
        Assert.Contains($"keyword '{keyword}'", decision.Reason);
    }

    [Fact]
    public void An_faq_without_a_keyword_is_recognised_by_its_examples()
    {
        var decision = Classify("Where's my parcel?");
        Assert.Equal(ModelTier.Simple, decision.Tier);
        Assert.Contains("similar to", decision.Reason);
    }

    [Fact]
    public void A_message_that_is_not_an_faq_is_medium() =>
        Assert.Equal(ModelTier.Medium, Classify("Write me a poem about the sea").Tier);

    [Theory]
    [InlineData(2, ModelTier.Simple)]
    [InlineData(3, ModelTier.Medium)]
    [InlineData(4, ModelTier.Medium)]
    [InlineData(5, ModelTier.Complex)]
    public void History_length_moves_an_faq_up_the_tiers(int priorTurns, ModelTier expected) =>
        Assert.Equal(expected, Classify("我想退货", priorTurns).Tier);

    [Fact]
    public void A_long_message_is_never_simple()
    {
        var decision = Classify("I want a refund. " + new string('x', Rules.LongMessageChars));
        Assert.Equal(ModelTier.Medium, decision.Tier);
        Assert.Contains("long message", decision.Reason);
    }

    [Fact]
    public void Project_rules_replace_the_defaults()
    {
        var rules = Rules with { FaqKeywords = ["warranty"], FaqExamples = [], SimpleBelowTurns = 1, ComplexFromTurns = 2 };
        Assert.Equal(ModelTier.Simple, Classify("Is the warranty transferable?", 0, rules).Tier);
        Assert.Equal(ModelTier.Medium, Classify("Is the warranty transferable?", 1, rules).Tier);
        Assert.Equal(ModelTier.Complex, Classify("Is the warranty transferable?", 2, rules).Tier);
        Assert.Equal(ModelTier.Medium, Classify("I want a refund", 0, rules).Tier);
    }
}
