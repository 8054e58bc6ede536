using LlmActors.Grains.Embeddings;

namespace LlmActors.Tests.Caching;

public sealed class TyposTests
{
    [Theory]
    [InlineData("refnud", "refund", true)]
    [InlineData("refun", "refund", true)]
    [InlineData("reffund", "refund", true)]
    [InlineData("refind", "refund", true)]
    [InlineData("rfnud", "refund", false)]
    [InlineData("cart", "card", false)]
    public void One_typo_apart_only_for_longer_words(string typed, string word, bool expected) =>
        Assert.Equal(expected, Typos.WithinOne(typed, word));

    [Fact]
    public void A_misspelt_subject_still_guards_the_cache() =>
        Assert.Contains("en:refund", CacheTexts.Concepts.Topics("when will my refnud arrive"));
}
