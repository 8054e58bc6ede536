using System.Text;

namespace LlmActors.Tests.Gateway;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ChatValidationTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{", null)]
    [InlineData("[]", null)]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":"sim-small"}""", "messages")]
    [InlineData("""{"model":"sim-small","messages":[]}""", "messages")]
    [InlineData("""{"model":"sim-small","messages":"hi"}""", "messages")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"robot","content":"x"}]}""", "messages[0].role")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"tool","content":"x"}]}""", "messages[0].tool_call_id")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{}}]}""", "tools[0].function.name")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user"}]}""", "messages[0].content")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":[{"type":"image_url"}]}]}""", "messages[0].content")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"temperature":"hot"}""", "temperature")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"temperature":7}""", "temperature")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"max_tokens":-1}""", "max_tokens")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"max_tokens":1e30}""", "max_tokens")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stream":"yes"}""", "stream")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"n":0}""", "n")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"model":"sim-large"}""", "model")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stop":[1]}""", "stop")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"user":"a b"}""", "user")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"\ud800"}]}""", "messages[0].content")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":[{"type":"text","text":"\udfff"}]}]}""", "messages[0].content")]
    [InlineData("""{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"stop":"\ud800"}""", "stop")]
    [InlineData("""{"model":"no-such-model","messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":"sim-embed","messages":[{"role":"user","content":"hi"}]}""", "model")]
    public async Task Bad_chat_requests_get_a_400_naming_the_field(string body, string? param)
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("validation"));

        var response = await client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused_with_415()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("validation"));

        var response = await client.PostAsync("/v1/chat/completions", new StringContent("model=sim-small", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("validation"));
        var huge = "{\"model\":\"sim-small\",\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', Reliability.Fuzz.BodyMutations.ModelBodyLimit + 1) + "\"}]}";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };
        // As well-behaved clients do for large bodies: wait for the server's verdict before sending it all.
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request, Ct);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Model_routes_refuse_the_admin_key()
    {
        using var client = fixture.Factory.AdminClient();

        var response = await client.PostAsJsonAsync("/v1/chat/completions", new { model = "sim-small", messages = new[] { new { role = "user", content = "hi" } } }, Ct);

        await OpenAiErrorAssert.IsError(response, HttpStatusCode.Forbidden);
    }
}
