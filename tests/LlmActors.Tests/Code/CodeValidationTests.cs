using System.Text;

namespace LlmActors.Tests.Code;

/// <summary>Bad input on the code routes: a 4xx in the OpenAI error shape naming the field, and nothing changed.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class CodeValidationTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{", null)]
    [InlineData("[]", null)]
    [InlineData("""{"content":"x","cursor":0}""", "path")]
    [InlineData("""{"path":"","content":"x","cursor":0}""", "path")]
    [InlineData("""{"path":7,"content":"x","cursor":0}""", "path")]
    [InlineData("""{"path":"a\u0000b.cs","content":"x","cursor":0}""", "path")]
    [InlineData("""{"path":"a\ud800.cs","content":"x","cursor":0}""", "path")]
    [InlineData("""{"path":"a.cs","cursor":0}""", "content")]
    [InlineData("""{"path":"a.cs","content":["x"],"cursor":0}""", "content")]
    [InlineData("""{"path":"a.cs","content":"\udc00","cursor":0}""", "content")]
    [InlineData("""{"path":"a.cs","content":"x"}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":-1}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":2}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0.5}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":"0"}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":1e30}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"a\ud83d\ude00b","cursor":2}""", "cursor")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0,"language":"c sharp"}""", "language")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0,"language":3}""", "language")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0,"stream":"yes"}""", "stream")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0,"model":"sim-large"}""", "model")]
    public async Task Bad_completion_requests_get_a_400_naming_the_field(string body, string? param)
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad");

        var response = await code.PostRaw("/v1/code/completions", body, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Theory]
    [InlineData("""{"path":"a.cs","content":"x","cursor":0,"stream":true}""", "stream")]
    [InlineData("""{"path":"a.cs","content":"x","cursor":9}""", "cursor")]
    [InlineData("""{"path":"a.cs","cursor":0}""", "content")]
    public async Task Bad_open_requests_get_a_400_naming_the_field(string body, string param)
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad");

        var response = await code.PostRaw("/v1/code/files/open", body, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(param, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task A_path_over_the_limit_is_refused()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad");

        var response = await code.Http.PostAsJsonAsync("/v1/code/completions", new { path = new string('p', 1025), content = "x", cursor = 0 }, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal("path", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Content_over_one_mebi_character_is_refused_with_413_naming_it()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad");
        var content = new string('a', 1024 * 1024 + 1);

        var response = await code.Http.PostAsJsonAsync("/v1/code/completions", new { path = "big.cs", content, cursor = 0 }, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("content", error.GetProperty("param").GetString());
        Assert.Equal(0, (await code.Stats("big.cs", Ct)).Total);
    }

    [Fact]
    public async Task Requests_without_a_project_key_are_refused()
    {
        using var anonymous = fixture.Factory.Client();
        using var admin = fixture.Factory.AdminClient();
        var body = new { path = "a.cs", content = "x", cursor = 0 };

        await OpenAiErrorAssert.IsError(await anonymous.PostAsJsonAsync("/v1/code/completions", body, Ct), HttpStatusCode.Unauthorized);
        await OpenAiErrorAssert.IsError(await anonymous.GetAsync("/v1/code/stats", Ct), HttpStatusCode.Unauthorized);
        await OpenAiErrorAssert.IsError(await admin.PostAsJsonAsync("/v1/code/files/open", body, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_wrong_content_type_gets_415_and_an_empty_stats_path_400()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad");

        var form = await code.Http.PostAsync("/v1/code/completions", new StringContent("path=a.cs", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);
        var emptyPath = await code.Http.GetAsync("/v1/code/stats?path=", Ct);

        await OpenAiErrorAssert.IsError(form, HttpStatusCode.UnsupportedMediaType);
        var error = await OpenAiErrorAssert.IsError(emptyPath, HttpStatusCode.BadRequest);
        Assert.Equal("path", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Rejected_requests_change_no_statistics()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-bad-stats");

        await code.PostRaw("/v1/code/completions", """{"path":"a.cs","content":"x","cursor":5}""", Ct);
        await code.PostRaw("/v1/code/files/open", """{"path":"a.cs","content":"x","cursor":-2}""", Ct);

        Assert.Equal(0, (await code.Stats("a.cs", Ct)).Total);
        Assert.Equal(0, (await code.Stats(null, Ct)).ModelCalls);
    }
}
