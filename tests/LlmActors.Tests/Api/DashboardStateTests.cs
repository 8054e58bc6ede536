namespace LlmActors.Tests.Api;

/// <summary>
/// The Orleans Dashboard's grain-state page (<c>/dashboard/GrainState</c>) shows the cases' grains readably to the
/// operator logged in with the admin key (who is who: <see cref="DashboardAccessTests"/>).
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class DashboardStateTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_projects_budget_shows_its_limit_and_usage()
    {
        using var admin = fixture.Factory.AdminClient();
        var set = await admin.PutAsJsonAsync("/admin/projects/dash-budget/budget", new { dailyTokenLimit = 123456 }, Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var state = await GrainState("dash-budget", "LlmActors.Grains.Budgets.ProjectBudgetGrain");

        Assert.Contains("123456", state);
        Assert.Contains("resetsAt", state, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_conversation_shows_its_messages()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("dash-conv"));
        var sent = await client.PostAsJsonAsync("/v1/support/conversations/c-42/messages", new { message = "How do I return a jacket?" }, Ct);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var state = await GrainState("dash-conv/c-42", "LlmActors.Grains.Support.ConversationRouterGrain");

        Assert.Contains("How do I return a jacket?", state);
    }

    [Fact]
    public async Task A_files_completion_stats_show_its_totals()
    {
        using var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey("dash-code"));
        var completed = await client.PostAsJsonAsync("/v1/code/completions", new { path = "src/a.cs", content = "class A { }", cursor = 9 }, Ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        var state = await GrainState("dash-code/p:src/a.cs", "LlmActors.Grains.Code.CompletionCacheGrain");

        Assert.Contains("total", state, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("p99", state, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> GrainState(string grainId, string grainType)
    {
        using var client = fixture.Factory.Client();
        client.DefaultRequestHeaders.Authorization = BasicLogin.Header("operator", EmbeddedApiFactory.AdminKey);
        var body = await client.GetStringAsync($"/dashboard/GrainState?grainId={Uri.EscapeDataString(grainId)}&grainType={grainType}", Ct);
        Assert.True(body.Length > 10, $"empty grain state: {body}");
        return body;
    }
}
