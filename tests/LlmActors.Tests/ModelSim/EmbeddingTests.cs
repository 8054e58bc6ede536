using System.Text.Json;
using OpenAI.Embeddings;

namespace LlmActors.Tests.ModelSim;

[Collection(SimulatorCollection.Name)]
public sealed class EmbeddingTests(SimulatorHost host)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<float[]> Embed(string text, int? dimensions = null)
    {
        var options = new EmbeddingGenerationOptions { Dimensions = dimensions };
        return (await host.Embeddings().GenerateEmbeddingAsync(text, options, Token)).Value.ToFloats().ToArray();
    }

    /// <summary>The vectors are unit length, so the dot product is the cosine.</summary>
    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Theory]
    [InlineData("How do I reset my password?", "I forgot my password, how can I reset it?", "What is the weather in Paris today?")]
    [InlineData("Where is my order? It has not arrived yet.", "My order has not arrived, where is it?", "Can you recommend a good science fiction novel?")]
    [InlineData("如何重置我的密码？", "我忘记密码了，怎么重置？", "今天北京的天气怎么样？")]
    [InlineData("退款多久能到账？", "退款一般几天到账？", "推荐一部好看的科幻电影")]
    public async Task Paraphrases_are_close_and_unrelated_texts_are_not(string text, string paraphrase, string unrelated)
    {
        var a = await Embed(text);
        var b = await Embed(paraphrase);
        var c = await Embed(unrelated);

        TestContext.Current.TestOutputHelper?.WriteLine($"paraphrase {Cosine(a, b):F3}, unrelated {Cosine(a, c):F3}");
        Assert.True(Cosine(a, b) > 0.45, $"paraphrase similarity {Cosine(a, b)}");
        Assert.True(Cosine(a, c) < 0.2, $"unrelated similarity {Cosine(a, c)}");
    }

    [Fact]
    public async Task Vectors_are_deterministic_unit_length_and_sized_by_dimensions()
    {
        var first = await Embed("The quick brown fox");
        Assert.Equal(384, first.Length);
        Assert.Equal(1.0, Math.Sqrt(Cosine(first, first)), 3);
        Assert.Equal(first, await Embed("The quick brown fox"));
        Assert.Equal(64, (await Embed("The quick brown fox", 64)).Length);
    }

    [Fact]
    public async Task Float_and_base64_encodings_carry_the_same_vector_and_usage_is_counted()
    {
        using var client = host.Http();
        async Task<JsonElement> Post(object body) =>
            (await (await client.PostAsJsonAsync("/sim/v1/embeddings", body, Token)).Content.ReadFromJsonAsync<JsonElement>(Token));

        var floats = await Post(new { model = "sim-embed", input = new[] { "alpha beta", "gamma" }, encoding_format = "float" });
        var base64 = await Post(new { model = "sim-embed", input = new[] { "alpha beta", "gamma" }, encoding_format = "base64" });

        var fromFloats = floats.GetProperty("data")[1].GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()).ToArray();
        var fromBase64 = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(
            Convert.FromBase64String(base64.GetProperty("data")[1].GetProperty("embedding").GetString()!)).ToArray();
        Assert.Equal(fromFloats, fromBase64);
        Assert.Equal(2, floats.GetProperty("data").GetArrayLength());
        Assert.True(floats.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() >= 3);
    }

    [Fact]
    public async Task Token_inputs_embed_like_the_text_they_decode_to()
    {
        var ids = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForEncoding("o200k_base").EncodeToIds("reset my password");
        var fromTokens = (await host.Embeddings().GenerateEmbeddingsAsync([ids.ToArray().AsMemory()], cancellationToken: Token)).Value;

        Assert.Equal(await Embed("reset my password"), fromTokens[0].ToFloats().ToArray());
        Assert.Equal(ids.Count, fromTokens.Usage.InputTokenCount);
    }
}
