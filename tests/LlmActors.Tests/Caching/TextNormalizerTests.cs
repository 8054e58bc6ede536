using LlmActors.Grains.Embeddings;

namespace LlmActors.Tests.Caching;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("How do I return an item?", "hi!!  HOW do I return an item ?? thanks a lot")]
    [InlineData("我想退货,怎么操作?", "您好，我想退货，怎么操作？谢谢")]
    [InlineData("Where is my order?", "Where's my order")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    public void Case_width_punctuation_and_pleasantries_do_not_change_the_exact_key(string a, string b) =>
        Assert.Equal(TextNormalizer.ExactKey(a), TextNormalizer.ExactKey(b));

    [Fact]
    public void A_message_that_is_only_a_pleasantry_keeps_its_words() =>
        Assert.Equal("thanks", TextNormalizer.Core("Thanks!"));

    [Fact]
    public void Different_questions_have_different_keys() =>
        Assert.NotEqual(TextNormalizer.ExactKey("How do I return an item?"), TextNormalizer.ExactKey("How do I return a gift?"));

    [Fact]
    public void Chinese_next_to_latin_letters_is_split() =>
        Assert.Equal("iphone 退货", TextNormalizer.Normalize("iPhone退货"));
}
