using System.Numerics.Tensors;

namespace LlmActors.Tests.Caching;

public sealed class LocalHashingEmbedderTests
{
    private static float Similarity(string a, string b) =>
        TensorPrimitives.Dot(CacheTexts.Embedder.Embed(a), CacheTexts.Embedder.Embed(b));

    [Fact]
    public void Vectors_are_unit_length_and_stable()
    {
        var v = CacheTexts.Embedder.Embed("怎么取消订单");
        Assert.Equal(1f, TensorPrimitives.Norm(v), 3);
        Assert.Equal(v, CacheTexts.Embedder.Embed("怎么取消订单"));
    }

    [Theory]
    [InlineData("How do I return an item?", "How can I send back something I bought?", "How do I reset my password?")]
    [InlineData("怎么修改收货地址", "地址填错了想改一下", "怎么开发票")]
    public void A_paraphrase_is_closer_than_another_question(string question, string paraphrase, string other) =>
        Assert.True(Similarity(question, paraphrase) > Similarity(question, other) + 0.2f);

    [Fact]
    public void The_same_question_in_another_language_is_not_similar() =>
        Assert.True(Similarity("How do I get an invoice?", "怎么开发票?") < 0.2f);
}
