using System.Text;

namespace LlmActors.Tests.Security;

/// <summary>
/// Ids (conversations, users) may not end in a newline: a regex anchored with <c>$</c> accepted "c1\n", which then
/// named a grain and reached keys and logs. Each place an id comes in refuses it with a 400 in the OpenAI shape.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class TrailingNewlineTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_conversation_id_ending_in_a_newline_in_the_url_is_refused()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("newline-path"));

        var response = await client.PostAsJsonAsync("/v1/support/conversations/c1%0A/messages", new { message = "hello" }, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal("conversationId", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_chat_user_ending_in_a_newline_is_refused()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("newline-user"));
        const string body = """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"user":"u1\n"}""";

        var response = await client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal("user", error.GetProperty("param").GetString());
    }

    [Theory]
    [InlineData("c1\n")]
    [InlineData("u1\n")]
    [InlineData("p\r\n")]
    public void No_id_may_end_in_a_newline(string id) => Assert.False(Identifiers.IsValid(id));
}
