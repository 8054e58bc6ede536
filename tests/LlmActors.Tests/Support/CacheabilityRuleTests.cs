using LlmActors.Grains.Support;

namespace LlmActors.Tests.Support;

public sealed class CacheabilityRuleTests
{
    [Theory]
    [InlineData("Where is my order?")]
    [InlineData("How do I return an item?")]
    [InlineData("我想退货,怎么操作?")]
    [InlineData("一般几天能送到?")]
    [InlineData("Can I pay in 3 installments?")]
    public void A_first_turn_policy_question_is_cacheable(string message) =>
        Assert.True(CacheabilityRule.Check(message, 0).Cacheable);

    [Theory]
    [InlineData("where is order 12345", "order")]
    [InlineData("My tracking code is AB12CD34, where is it?", "id")]
    [InlineData("I wrote to support@example.com yesterday", "e-mail")]
    [InlineData("call me on +1 415 555 0100", "phone")]
    [InlineData("我的订单号是 2026010112 到哪了", "number")]
    [InlineData("I was charged $49.99 twice", "money")]
    [InlineData("我昨天买的东西能退吗", "date")]
    [InlineData("my name is Alice and I need a refund", "name")]
    [InlineData("see https://shop.example/orders/9", "link")]
    public void A_message_naming_something_personal_is_not_cacheable(string message, string what)
    {
        var verdict = CacheabilityRule.Check(message, 0);
        Assert.False(verdict.Cacheable);
        Assert.Contains(what, verdict.Reason);
    }

    [Fact]
    public void A_follow_up_turn_is_not_cacheable() =>
        Assert.Contains("follow-up", CacheabilityRule.Check("How do I return an item?", 1).Reason);

    [Fact]
    public void A_long_message_is_not_cacheable() =>
        Assert.False(CacheabilityRule.Check(new string('x', CacheabilityRule.MaxChars + 1), 0).Cacheable);
}
