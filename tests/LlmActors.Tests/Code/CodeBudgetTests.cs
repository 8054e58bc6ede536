namespace LlmActors.Tests.Code;

/// <summary>Completions are paid from the project's budget through the model layer; cache hits are free.</summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class CodeBudgetTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_miss_is_charged_to_the_project_and_a_cache_hit_costs_nothing()
    {
        const string project = "code-budget";
        var budget = new ProjectBudget(fixture.Factory, project);
        await budget.Limit(1_000_000, Ct);
        using var code = await CodeClient.For(fixture.Factory, project);

        await code.Complete("paid.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var afterMiss = await Eventually.Until(() => budget.Usage(Ct), u => u.Requests == 1 && u.Reserved == 0, Ct);
        var hit = await code.Complete("paid.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var afterHit = await budget.Usage(Ct);

        Assert.True(afterMiss.Used > 0);
        Assert.True(hit.Cached);
        Assert.Equal(afterMiss, afterHit);
        var spend = await Eventually.Until(() => budget.SpendOn("sim-code", Ct), s => s.Requests == 2, Ct);
        Assert.Equal(1, spend.CacheHits);
    }

    [Fact]
    public async Task A_spent_budget_refuses_new_contexts_with_429_but_still_serves_cached_ones()
    {
        const string project = "code-budget-spent";
        var budget = new ProjectBudget(fixture.Factory, project);
        await budget.Limit(1_000_000, Ct);
        using var code = await CodeClient.For(fixture.Factory, project);
        var first = await code.Complete("tight.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        await budget.Limit(1, Ct);
        var cached = await code.Complete("tight.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var (typed, cursor) = SampleCode.Typed("Z");
        var refused = await code.Http.PostAsJsonAsync("/v1/code/completions", new { path = "tight.cs", content = typed, cursor }, Ct);

        Assert.True(cached.Cached);
        Assert.Equal(first.Completion, cached.Completion);
        var error = await OpenAiErrorAssert.IsError(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("budget_exceeded", error.GetProperty("code").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(1, (await code.Stats("tight.cs", Ct)).Errors);
    }
}
