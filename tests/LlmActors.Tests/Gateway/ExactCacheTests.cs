using System.Text;
using LlmActors.Tests.Streaming;

namespace LlmActors.Tests.Gateway;

/// <summary>The exact-answer cache on the general chat path: opt-in per project and per request, keyed on every field that changes the answer.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class ExactCacheTests(EmbeddedApiFixture fixture)
{
    private const string Question = """{"model":"sim-small","max_tokens":30,"temperature":0,"messages":[{"role":"user","content":"What are your opening hours?"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_projects_cache_on_an_identical_request_is_answered_from_it_and_not_charged_again()
    {
        var (project, client) = await ProjectAsync(exactCache: true);

        var first = await SendAsync(client, Question);
        var second = await SendAsync(client, Question);

        Assert.Equal("miss", first.Cache);
        Assert.Equal("hit", second.Cache);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal("0", second.Cost);
        var usage = await UsageView.GetAsync(fixture.Factory, project, Ct);
        Assert.Equal(1, usage.Requests);
    }

    [Fact]
    public async Task The_key_ignores_field_order_and_delivery_fields_but_not_what_changes_the_answer()
    {
        var (_, client) = await ProjectAsync(exactCache: true);
        await SendAsync(client, Question);

        var reordered = await SendAsync(client, """{"messages":[{"content":"What are your opening hours?","role":"user"}],"temperature":0,"model":"sim-small","max_tokens":30,"user":"u7","metadata":{"a":"b"}}""");
        var warmer = await SendAsync(client, Question.Replace("\"temperature\":0", "\"temperature\":0.7", StringComparison.Ordinal));

        Assert.Equal("hit", reordered.Cache);
        Assert.Equal("miss", warmer.Cache);
    }

    [Fact]
    public async Task A_request_turns_the_cache_on_or_off_for_itself()
    {
        var (_, off) = await ProjectAsync(exactCache: false);
        var (_, on) = await ProjectAsync(exactCache: true);

        var optIn = new[] { await SendAsync(off, Question, "on"), await SendAsync(off, Question, "on") };
        var plain = await SendAsync(off, Question);
        var optOut = new[] { await SendAsync(on, Question, "off"), await SendAsync(on, Question, "off") };

        Assert.Equal(["miss", "hit"], optIn.Select(r => r.Cache));
        Assert.Equal("bypass", plain.Cache);
        Assert.Equal(["bypass", "bypass"], optOut.Select(r => r.Cache));
    }

    [Fact]
    public async Task One_project_is_never_answered_from_anothers_cache_and_a_purge_empties_it()
    {
        var (a, clientA) = await ProjectAsync(exactCache: true);
        var (_, clientB) = await ProjectAsync(exactCache: true);
        await SendAsync(clientA, Question);

        var other = await SendAsync(clientB, Question);
        using var admin = fixture.Factory.AdminClient();
        (await admin.DeleteAsync($"/admin/projects/{a}/cache", Ct)).EnsureSuccessStatusCode();
        var afterPurge = await SendAsync(clientA, Question);

        Assert.Equal("miss", other.Cache);
        Assert.Equal("miss", afterPurge.Cache);
    }

    [Fact]
    public async Task Under_strict_params_a_field_openai_does_not_define_is_refused_and_by_default_it_is_forwarded()
    {
        var (_, strict) = await ProjectAsync(exactCache: false, strictParams: true);
        var (_, lenient) = await ProjectAsync(exactCache: false);
        var body = """{"model":"sim-small","messages":[{"role":"user","content":"hi"}],"top_k":40}""";

        var refused = await strict.PostAsync("/v1/chat/completions", Json(body), Ct);
        var forwarded = await lenient.PostAsync("/v1/chat/completions", Json(body), Ct);

        var error = await OpenAiErrorAssert.IsError(refused, HttpStatusCode.BadRequest);
        Assert.Equal("top_k", error.GetProperty("param").GetString());
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
    }

    [Theory]
    [InlineData("x-llmactors-cache", "maybe")]
    [InlineData("x-llmactors-cache-ttl", "-5")]
    [InlineData("x-llmactors-cache-ttl", "9999999")]
    public async Task A_bad_cache_header_is_a_400_naming_it(string header, string value)
    {
        var (_, client) = await ProjectAsync(exactCache: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = Json(Question) };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request, Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(header, error.GetProperty("param").GetString());
    }

    private async Task<(string Project, HttpClient Client)> ProjectAsync(bool exactCache, bool strictParams = false)
    {
        var project = "exact-" + Guid.NewGuid().ToString("N")[..10];
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsJsonAsync($"/admin/projects/{project}/settings", new { exactCache, strictParams }, Ct)).EnsureSuccessStatusCode();
        return (project, fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project)));
    }

    private static async Task<(string Cache, string Cost, string Body)> SendAsync(HttpClient client, string body, string? mode = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = Json(body) };
        if (mode is not null)
        {
            request.Headers.Add("x-llmactors-cache", mode);
        }

        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.GetValues("x-llmactors-cache").Single(), response.Headers.GetValues("x-llmactors-cost-usd").Single(), await response.Content.ReadAsStringAsync(Ct));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
