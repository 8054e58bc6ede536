using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Budgets;

/// <summary>Budgets as a customer meets them: through chat completions on the embedded gateway.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class BudgetEnforcementApiTests(EmbeddedApiFixture fixture)
{
    private const string Body = """{"model":"sim-small","max_tokens":16,"messages":[{"role":"user","content":"Where is my parcel?"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_hundred_concurrent_requests_against_a_budget_for_about_a_hundred_never_overspend()
    {
        var project = "enforce-" + Guid.NewGuid().ToString("N")[..8];
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        // The simulator answers deterministically, so every admitted request uses what this probe used.
        var probe = await SendAsync(fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project + "-probe")));
        Assert.Equal(HttpStatusCode.OK, probe.Status);
        var limit = probe.Tokens * 100;
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsync($"/admin/projects/{project}/budget", new StringContent($$"""{"dailyTokenLimit": {{limit}}}""", Encoding.UTF8, "application/json"), Ct))
            .EnsureSuccessStatusCode();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => SendAsync(client)));

        var admitted = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        var refused = outcomes.Where(o => o.Status != HttpStatusCode.OK).ToList();
        Assert.All(refused, o =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, o.Status);
            Assert.Equal("budget_exceeded", o.Code);
            Assert.True(o.RetryAfterSeconds > 0);
        });
        // Reservations hold the estimate (prompt + max_tokens) and commits free the unused part, so between
        // limit/estimate and limit/actual = 100 requests get through.
        Assert.InRange(admitted.Count, 50, 100);
        Assert.Equal(500 - admitted.Count, refused.Count);

        var usage = JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{project}/usage", Ct)).RootElement;
        Assert.True(usage.GetProperty("usedTokens").GetInt64() <= limit);
        Assert.Equal(admitted.Sum(o => o.Tokens), usage.GetProperty("usedTokens").GetInt64());
        Assert.Equal(0, usage.GetProperty("reservedTokens").GetInt64());
    }

    private static async Task<Outcome> SendAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/v1/chat/completions", new StringContent(Body, Encoding.UTF8, "application/json"), Ct);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return response.StatusCode == HttpStatusCode.OK
            ? new Outcome(response.StatusCode, body.GetProperty("usage").GetProperty("total_tokens").GetInt64(), null, 0)
            : new Outcome(response.StatusCode, 0, body.GetProperty("error").GetProperty("code").GetString(),
                response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0);
    }

    private sealed record Outcome(HttpStatusCode Status, long Tokens, string? Code, double RetryAfterSeconds);
}
