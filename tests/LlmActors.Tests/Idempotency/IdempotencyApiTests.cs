using System.Text.Json;
using LlmActors.Tests.Reliability;

namespace LlmActors.Tests.Idempotency;

/// <summary>Idempotency keys as a client meets them: Stripe/OpenAI semantics on the embedded gateway.</summary>
[Collection(IdempotencyApiCollection.Name)]
public sealed class IdempotencyApiTests(IdempotencyApiFixture fixture)
{
    private const string Chat = "/v1/chat/completions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Reusing_an_idempotency_key_with_another_prompt_is_refused()
    {
        var (project, client) = await NewProjectAsync();
        var key = NewId("k");
        Assert.Equal(HttpStatusCode.OK, (await KeyedCall.SendAsync(client, Chat, KeyedCall.Chat("Where is my parcel?"), key)).Status);
        var charged = await UsageAsync(project);

        var reused = await KeyedCall.SendAsync(client, Chat, KeyedCall.Chat("Write me a long poem about the sea."), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("idempotency_key_reused", reused.ErrorCode);
        Assert.Equal("idempotency-key", JsonDocument.Parse(reused.Body).RootElement.GetProperty("error").GetProperty("param").GetString());
        Assert.Equal(charged, await UsageAsync(project));
        Assert.Equal(1, charged.Requests);
    }

    [Fact]
    public async Task A_replay_returns_the_stored_answer_without_a_second_charge()
    {
        var (project, client) = await NewProjectAsync();
        var (key, body) = (NewId("k"), KeyedCall.Chat("Where is my parcel?"));
        var first = await KeyedCall.SendAsync(client, Chat, body, key);
        var charged = await UsageAsync(project);

        var replay = await KeyedCall.SendAsync(client, Chat, body, key);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(first.Replayed);
        Assert.True(replay.Replayed);
        Assert.Equal((first.Status, first.Body, first.ContentType, first.Model), (replay.Status, replay.Body, replay.ContentType, replay.Model));
        Assert.Equal(charged, await UsageAsync(project));
        Assert.Equal(1, charged.Requests);
        Assert.Equal(1, await ModelCallsAsync(project));
    }

    [Fact]
    public async Task Five_hundred_parallel_calls_sharing_a_key_run_once()
    {
        var (project, client) = await NewProjectAsync();
        var (key, body) = (NewId("r"), KeyedCall.Chat("Where is my parcel?"));

        // x-request-id is a key too, as the contract says: the way a client would have got free calls before.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var calls = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => KeyedCall.SendAsync(client, Chat, body, key, "x-request-id")));
        Figures.Record("idempotency", $"500 calls sharing one key in {clock.Elapsed.TotalSeconds:0.00} s: ran={calls.Count(c => c.Status == HttpStatusCode.OK && !c.Replayed)} " +
            $"replayed={calls.Count(c => c.Replayed)} in_use={calls.Count(c => c.Status == HttpStatusCode.Conflict)}");

        var ran = Assert.Single(calls, c => c.Status == HttpStatusCode.OK && !c.Replayed);
        Assert.All(calls.Where(c => c != ran), c =>
        {
            if (c.Status == HttpStatusCode.OK)
            {
                Assert.True(c.Replayed);
                Assert.Equal(ran.Body, c.Body);
            }
            else
            {
                Assert.Equal((HttpStatusCode.Conflict, "idempotency_key_in_use"), (c.Status, c.ErrorCode));
            }
        });
        var usage = await UsageAsync(project);
        Assert.Equal(1, usage.Requests);
        Assert.Equal(JsonDocument.Parse(ran.Body).RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt64(), usage.UsedTokens);
        Assert.Equal(0, usage.ReservedTokens);
        Assert.Equal(1, await ModelCallsAsync(project));
    }

    [Fact]
    public async Task A_failed_requests_key_can_be_retried()
    {
        var (project, client) = await NewProjectAsync();
        var (key, body) = (NewId("k"), KeyedCall.Chat("Where is my parcel?"));
        await PutBudgetAsync(project, 1);
        var refused = await KeyedCall.SendAsync(client, Chat, body, key);
        await PutBudgetAsync(project, 1_000_000);

        var retried = await KeyedCall.SendAsync(client, Chat, body, key);

        Assert.Equal((HttpStatusCode.TooManyRequests, "budget_exceeded"), (refused.Status, refused.ErrorCode));
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.False(retried.Replayed);
        Assert.Equal(1, (await UsageAsync(project)).Requests);
        Assert.True((await KeyedCall.SendAsync(client, Chat, body, key)).Replayed);
    }

    [Fact]
    public async Task A_streamed_key_is_not_replayed()
    {
        var (project, client) = await NewProjectAsync();
        var (key, body) = (NewId("k"), KeyedCall.Chat("Tell me a story", stream: true));
        var streamed = await KeyedCall.SendAsync(client, Chat, body, key);

        var reused = await KeyedCall.SendAsync(client, Chat, body, key);

        Assert.Equal((HttpStatusCode.OK, "text/event-stream"), (streamed.Status, streamed.ContentType));
        Assert.EndsWith("data: [DONE]", streamed.Body.TrimEnd());
        Assert.Equal((HttpStatusCode.Conflict, "idempotency_replay_unavailable"), (reused.Status, reused.ErrorCode));
        Assert.Contains("streamed", JsonDocument.Parse(reused.Body).RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(1, (await UsageAsync(project)).Requests);
    }

    [Fact]
    public async Task An_answer_over_the_size_bound_is_not_stored_and_its_key_is_refused_with_why()
    {
        var (project, client) = await NewProjectAsync();
        var key = NewId("k");
        var body = JsonSerializer.Serialize(new { model = "sim-embed", dimensions = 1024, input = Enumerable.Range(0, 8).Select(i => $"text number {i}").ToArray() });
        var embedded = await KeyedCall.SendAsync(client, "/v1/embeddings", body, key);

        var reused = await KeyedCall.SendAsync(client, "/v1/embeddings", body, key);

        Assert.Equal(HttpStatusCode.OK, embedded.Status);
        Assert.True(embedded.Body.Length > IdempotencyApiFixture.MaxAnswerBytes);
        Assert.Equal((HttpStatusCode.Conflict, "idempotency_replay_unavailable"), (reused.Status, reused.ErrorCode));
        Assert.Contains($"larger than {IdempotencyApiFixture.MaxAnswerBytes} bytes", reused.Body);
        Assert.Equal(1, (await UsageAsync(project)).Requests);
    }

    [Fact]
    public async Task A_key_belongs_to_its_project()
    {
        var (projectA, a) = await NewProjectAsync();
        var (projectB, b) = await NewProjectAsync();
        var key = NewId("shared");
        var asked = KeyedCall.Chat("Where is my parcel?");
        var fromA = await KeyedCall.SendAsync(a, Chat, asked, key);

        var sameFromB = await KeyedCall.SendAsync(b, Chat, asked, key);
        var otherFromB = await KeyedCall.SendAsync(b, Chat, KeyedCall.Chat("How do I return an item?"), key);

        Assert.Equal(HttpStatusCode.OK, fromA.Status);
        Assert.Equal(HttpStatusCode.OK, sameFromB.Status);
        Assert.False(sameFromB.Replayed, "B was served A's stored answer");
        Assert.Equal(1, (await UsageAsync(projectB)).Requests);
        Assert.Equal("idempotency_key_reused", otherFromB.ErrorCode);
        Assert.Equal(1, (await UsageAsync(projectA)).Requests);
        Assert.True((await KeyedCall.SendAsync(a, Chat, asked, key)).Replayed);
    }

    [Fact]
    public async Task A_malformed_key_is_refused_before_anything_runs()
    {
        var (project, client) = await NewProjectAsync();

        var call = await KeyedCall.SendAsync(client, Chat, KeyedCall.Chat("Where is my parcel?"), "not a key!");

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_idempotency_key"), (call.Status, call.ErrorCode));
        Assert.Equal(0, (await UsageAsync(project)).Requests);
    }

    private async Task<(string Project, HttpClient Client)> NewProjectAsync()
    {
        var project = NewId("idem");
        return (project, fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project)));
    }

    private async Task PutBudgetAsync(string project, long tokens)
    {
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit = tokens }, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<Usage> UsageAsync(string project)
    {
        using var admin = fixture.Factory.AdminClient();
        var usage = await admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/usage", Ct);
        return new Usage(usage.GetProperty("usedTokens").GetInt64(), usage.GetProperty("reservedTokens").GetInt64(), usage.GetProperty("requests").GetInt64());
    }

    /// <summary>Model calls in the spend log (one row per call, whatever the budget says).</summary>
    private async Task<long> ModelCallsAsync(string project)
    {
        using var admin = fixture.Factory.AdminClient();
        var report = await admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/spend", Ct);
        return report.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("requests").GetInt64());
    }

    private sealed record Usage(long UsedTokens, long ReservedTokens, long Requests);
}
