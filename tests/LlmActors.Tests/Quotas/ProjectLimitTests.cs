using System.Text.Json;
using LlmActors.Tests.Code;

namespace LlmActors.Tests.Quotas;

[Collection(QuotaApiCollection.Name)]
public sealed class ProjectLimitTests(QuotaApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private static Task<HttpResponseMessage> Send(HttpClient client, string conversation, string message) =>
        client.PostAsJsonAsync($"/v1/support/conversations/{conversation}/messages", new { message }, Ct);

    private static async Task<HttpResponseMessage> Auto(HttpClient client, string system, bool stream = false, string? conversation = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = JsonContent.Create(new { model = "auto", stream, messages = new[] { new { role = "system", content = system }, new { role = "user", content = "How do I get an invoice?" } } }),
        };
        if (conversation is not null)
        {
            request.Headers.Add("x-conversation-id", conversation);
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task IsLimitError(HttpResponseMessage response, string limit)
    {
        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("project_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Contains(limit, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_new_conversation_past_the_projects_limit_is_refused_until_idle_ones_expire_and_are_cleared()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        var (first, second, third) = (NewId("c"), NewId("c"), NewId("c"));
        Assert.Equal(HttpStatusCode.OK, (await Send(client, first, "Where is my order?")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, second, "Where is my order?")).StatusCode);

        await IsLimitError(await Send(client, third, "Where is my order?"), "Quotas:MaxConversations");
        await IsLimitError(await Auto(client, "Be brief.", stream: true, conversation: third), "Quotas:MaxConversations");
        // A conversation the project already has goes on.
        Assert.Equal(HttpStatusCode.OK, (await Send(client, first, "And my refund?")).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await Send(client, third, "Where is my order?")).StatusCode);

        // The idle ones were expired to make room: their history is gone, and an id used again starts afresh.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v1/support/conversations/{first}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v1/support/conversations/{second}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, second, "Hello again")).StatusCode);
        var view = await client.GetFromJsonAsync<JsonElement>($"/v1/support/conversations/{second}", Ct);
        Assert.Equal(1, view.GetProperty("turns").GetInt32());
    }

    [Fact]
    public async Task A_new_file_past_the_projects_limit_is_refused_until_idle_files_expire_and_are_cleared()
    {
        using var code = await CodeClient.For(fixture.Factory, NewId("p"));
        await code.Complete("a.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        await code.Open("b.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        await IsLimitError(await code.Http.PostAsJsonAsync("/v1/code/files/open",
            new { path = "c.cs", content = SampleCode.Text, cursor = SampleCode.Cursor }, Ct), "Quotas:MaxOpenFiles");
        await IsLimitError(await code.Http.PostAsJsonAsync("/v1/code/completions",
            new { path = "c.cs", content = SampleCode.Text, cursor = SampleCode.Cursor, stream = true }, Ct), "Quotas:MaxOpenFiles");
        await code.Complete("a.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        Assert.Equal(2, (await code.Stats("a.cs", Ct)).Total);

        fixture.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await code.Open("c.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        // The idle files were expired: their statistics and cached completions are gone.
        Assert.Equal(0, (await code.Stats("a.cs", Ct)).Total);
    }

    [Fact]
    public async Task A_new_cache_namespace_past_the_projects_limit_is_answered_uncached_not_refused()
    {
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(NewId("p")));
        string Cache(HttpResponseMessage response) => response.Headers.GetValues("x-llmactors-cache").Single();

        var first = await Auto(client, "Answer as a pirate.");
        var second = await Auto(client, "Answer formally.");
        var third = await Auto(client, "Answer in one word.");
        var thirdAgain = await Auto(client, "Answer in one word.");
        var firstAgain = await Auto(client, "Answer as a pirate.");

        Assert.Equal(["miss", "miss", "bypass", "bypass", "hit"], new[] { first, second, third, thirdAgain, firstAgain }.Select(Cache));
        Assert.All(new[] { third, thirdAgain }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
