using System.Globalization;
using System.Text.Json;
using static LlmActors.Tests.Moderation.ModerationClient;

namespace LlmActors.Tests.Moderation;

[Collection(EmbeddedApiCollection.Name)]
public sealed class ModerationBudgetApiTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Moderation_is_charged_to_the_project_and_refused_with_retry_after_once_the_budget_is_spent()
    {
        const string project = "mod-budget";
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        using var admin = fixture.Factory.AdminClient();
        await Budget(admin, project, 1m);

        var first = await client.PostAsJsonAsync("/v1/moderations", new { input = new[] { Benign, Threat } }, Ct);
        var charged = decimal.Parse(first.Headers.GetValues("x-llmactors-cost-usd").Single(), CultureInfo.InvariantCulture);
        var usage = await Usage(admin, project);
        // The limit is now exactly what was spent: the next reservation, however small, does not fit.
        await Budget(admin, project, charged);
        var refused = await client.PostAsJsonAsync("/v1/moderations", new { input = Benign }, Ct);
        var refusedEvaluation = await client.PostAsJsonAsync("/v1/moderations/evaluate", new { items = new[] { new { input = Benign, flagged = false } } }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(charged > 0);
        Assert.Equal(charged, usage.GetProperty("costUsd").GetDecimal());
        Assert.Equal(0, usage.GetProperty("reservedTokens").GetInt64());
        foreach (var response in new[] { refused, refusedEvaluation })
        {
            var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.TooManyRequests);
            Assert.Equal("budget_exceeded", error.GetProperty("code").GetString());
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        Assert.Equal(charged, (await Usage(admin, project)).GetProperty("costUsd").GetDecimal());
    }

    [Fact]
    public async Task An_escalated_decision_logs_spend_for_both_models()
    {
        const string project = "mod-spend";
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));
        using var admin = fixture.Factory.AdminClient();
        await SetPolicy(fixture.Factory, project, new { allowBelow = 0.0, blockAbove = 1.0 });

        await Moderate(client, Benign);

        var report = await Eventually.Get(admin, $"/admin/projects/{project}/spend?groupBy=model",
            body => body.Contains("sim-mod-fast") && body.Contains("sim-mod-strong"), Ct);
        var rows = JsonDocument.Parse(report).RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.All(rows, r => Assert.True(r.GetProperty("costUsd").GetDecimal() > 0));
        Assert.All(rows, r => Assert.Equal(1, r.GetProperty("requests").GetInt64()));
    }

    private static async Task Budget(HttpClient admin, string project, decimal dailyCostLimitUsd) =>
        (await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyCostLimitUsd }, Ct)).EnsureSuccessStatusCode();

    private static async Task<JsonElement> Usage(HttpClient admin, string project) =>
        JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{project}/usage", Ct)).RootElement.Clone();
}
