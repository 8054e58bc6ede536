using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Budgets;

/// <summary>Budgets as a customer meets them: through chat completions on the embedded gateway.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class BudgetEnforcementApiTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_hundred_concurrent_requests_against_a_budget_for_about_a_hundred_never_overspend()
    {
        var (project, client, probe) = await NewProjectAsync("enforce");
        var limit = probe.Tokens * 100;
        await PutBudgetAsync($"/admin/projects/{project}/budget", $$"""{"dailyTokenLimit": {{limit}}}""");

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

        var usage = await UsageAsync($"/admin/projects/{project}/usage");
        Assert.True(usage.GetProperty("usedTokens").GetInt64() <= limit);
        Assert.Equal(admitted.Sum(o => o.Tokens), usage.GetProperty("usedTokens").GetInt64());
        Assert.Equal(0, usage.GetProperty("reservedTokens").GetInt64());
    }

    [Fact]
    public async Task A_usd_limit_stops_spending_at_catalog_prices()
    {
        var (project, client, probe) = await NewProjectAsync("usd");
        Assert.True(probe.CostUsd > 0);
        // The reservation prices the estimate at the dearest model of the fallback chain, so leave room for it.
        var limit = probe.CostUsd * 20;
        await PutBudgetAsync($"/admin/projects/{project}/budget", $$"""{"dailyCostLimitUsd": {{limit.ToString(CultureInfo.InvariantCulture)}}}""");

        var outcomes = new List<ChatOutcome>();
        for (var i = 0; i < 30; i++)
        {
            outcomes.Add(await SendAsync(client));
        }

        var admitted = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        Assert.InRange(admitted.Count, 1, 20);
        Assert.All(outcomes.Skip(admitted.Count), o => Assert.Equal("budget_exceeded", o.Code));
        var usage = await UsageAsync($"/admin/projects/{project}/usage");
        Assert.Equal(admitted.Sum(o => o.CostUsd), usage.GetProperty("costUsd").GetDecimal());
        Assert.True(usage.GetProperty("costUsd").GetDecimal() <= limit);
    }

    [Fact]
    public async Task The_user_field_charges_that_users_budget_as_well_as_the_projects()
    {
        var (project, client, probe) = await NewProjectAsync("users");
        await PutBudgetAsync($"/admin/projects/{project}/users/alice/budget", $$"""{"dailyTokenLimit": {{probe.Tokens * 2}}}""");

        var alice = new List<ChatOutcome>();
        for (var i = 0; i < 4; i++)
        {
            alice.Add(await SendAsync(client, "alice"));
        }

        var bob = await SendAsync(client, "bob");
        Assert.Equal(HttpStatusCode.OK, alice[0].Status);
        Assert.Equal("budget_exceeded", alice[^1].Code);
        Assert.Equal(HttpStatusCode.OK, bob.Status);
        var aliceTokens = alice.Where(o => o.Status == HttpStatusCode.OK).Sum(o => o.Tokens);
        Assert.Equal(aliceTokens, (await UsageAsync($"/admin/projects/{project}/users/alice/usage")).GetProperty("usedTokens").GetInt64());
        Assert.Equal(aliceTokens + bob.Tokens, (await UsageAsync($"/admin/projects/{project}/usage")).GetProperty("usedTokens").GetInt64());
    }

    /// <summary>A project and a probe of what one request uses (the simulator answers deterministically).</summary>
    private async Task<(string Project, HttpClient Client, ChatOutcome Probe)> NewProjectAsync(string prefix)
    {
        var project = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        var probe = await SendAsync(fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project + "-probe")));
        Assert.Equal(HttpStatusCode.OK, probe.Status);
        return (project, client, probe);
    }

    private async Task PutBudgetAsync(string path, string body)
    {
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Ct)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> UsageAsync(string path)
    {
        using var admin = fixture.Factory.AdminClient();
        return JsonDocument.Parse(await admin.GetStringAsync(path, Ct)).RootElement.Clone();
    }

    private static Task<ChatOutcome> SendAsync(HttpClient client, string? user = null) => ChatTraffic.SendAsync(client, Ct, user);
}
