using System.Text;

namespace LlmActors.Tests.Reliability;

/// <summary>Found by the fuzz suite: text that is not valid UTF-16/UTF-8 inside a JSON string used to answer 500.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class BrokenTextTests(EmbeddedApiFixture fixture)
{
    [Theory]
    [InlineData("/v1/chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"a\ud800b"}]}""", "messages[0].content")]
    [InlineData("/v1/chat/completions", """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stop":["\udc00"]}""", "stop[0]")]
    [InlineData("/v1/embeddings", """{"model":"sim-embed","input":["ok","\ud83d"]}""", "input[1]")]
    public async Task A_lone_surrogate_escape_is_a_400_naming_the_field(string path, string body, string param)
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("broken-text"));

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Invalid_UTF8_bytes_in_a_string_are_a_400_naming_the_field()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("broken-text"));
        byte[] body = [.. """{"model":"sim-small","messages":[{"role":"user","content":"a"""u8, 0xFF, 0xC3, .. "\"}]}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/v1/chat/completions", content, TestContext.Current.CancellationToken);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal("messages[0].content", error.GetProperty("param").GetString());
    }
}
