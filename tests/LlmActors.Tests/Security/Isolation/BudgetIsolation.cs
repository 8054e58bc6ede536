namespace LlmActors.Tests.Security.Isolation;

/// <summary>Usage, budgets and spend: A's traffic is charged to A only, and A's key reads and changes nothing of B's.</summary>
public static class BudgetIsolation
{
    public static IEnumerable<IsolationCase> Cases =>
    [
        new("A's traffic is charged to A, never to B", ["chat", "admin-put-budget", "admin-usage"], async t =>
        {
            await SetLimitsAsync(t);
            var before = await t.UsageAsync(t.ProjectB);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await Tenants.ChatAsync(t.A, $"question {i}")).StatusCode);
            }

            Assert.Equal(3, (await t.UsageAsync(t.ProjectA)).GetProperty("requests").GetInt64());
            Assert.Equal(before.GetRawText(), (await t.UsageAsync(t.ProjectB)).GetRawText());
        }),
        new("A's key cannot read or change B's budget, usage or spend", ["admin-put-budget", "admin-usage", "admin-spend"], async t =>
        {
            await SetLimitsAsync(t);
            var before = await t.UsageAsync(t.ProjectB);
            await OpenAiErrorAssert.IsError(await t.A.GetAsync($"/admin/projects/{t.ProjectB}/usage", Tenants.Ct), HttpStatusCode.Forbidden);
            await OpenAiErrorAssert.IsError(await t.A.GetAsync($"/admin/projects/{t.ProjectB}/spend", Tenants.Ct), HttpStatusCode.Forbidden);
            await OpenAiErrorAssert.IsError(await t.A.PutAsJsonAsync($"/admin/projects/{t.ProjectB}/budget", new { dailyTokenLimit = 1 }, Tenants.Ct), HttpStatusCode.Forbidden);
            Assert.Equal(before.GetRawText(), (await t.UsageAsync(t.ProjectB)).GetRawText());
        }),
        new("A request id B also uses is charged to B as well", ["chat", "admin-put-budget", "admin-usage"], async t =>
        {
            await SetLimitsAsync(t);
            var requestId = "shared-" + Guid.NewGuid().ToString("N");
            Assert.Equal(HttpStatusCode.OK, (await Tenants.ChatAsync(t.A, "same question", requestId: requestId)).StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await Tenants.ChatAsync(t.B, "same question", requestId: requestId)).StatusCode);

            // Retries are deduplicated by request id within a project; another project's id must not make B's call free.
            var used = (await t.UsageAsync(t.ProjectB)).GetProperty("usedTokens").GetInt64();
            Assert.True(used > 0, "B's call was not charged because A had used the same request id");
        }),
        new("A's user u1 and B's user u1 are different budgets", ["chat", "admin-put-user-budget", "admin-user-usage"], async t =>
        {
            Assert.True((await t.Admin.PutAsJsonAsync($"/admin/projects/{t.ProjectA}/users/u1/budget", new { dailyTokenLimit = 1_000_000 }, Tenants.Ct)).IsSuccessStatusCode);
            Assert.True((await t.Admin.PutAsJsonAsync($"/admin/projects/{t.ProjectB}/users/u1/budget", new { dailyTokenLimit = 1_000_000 }, Tenants.Ct)).IsSuccessStatusCode);

            Assert.Equal(HttpStatusCode.OK, (await Tenants.ChatAsync(t.B, "hello from b", user: "u1")).StatusCode);

            Assert.Equal(0, (await t.UsageAsync(t.ProjectA, "u1")).GetProperty("usedTokens").GetInt64());
            Assert.True((await t.UsageAsync(t.ProjectB, "u1")).GetProperty("usedTokens").GetInt64() > 0);
        }),
        new("B's spend report shows none of A's calls", ["chat", "admin-spend"], async t =>
        {
            Assert.Equal(HttpStatusCode.OK, (await Tenants.ChatAsync(t.A, "spend of a")).StatusCode);
            // The call is in A's report first, so B's empty report is not just the log lagging behind.
            await Eventually.Until(() => RowsAsync(t, t.ProjectA), rows => rows > 0, Tenants.Ct);

            Assert.Equal(0, await RowsAsync(t, t.ProjectB));
        }),
    ];

    private static async Task<int> RowsAsync(Tenants t, string project) =>
        (await Tenants.GetJsonAsync(t.Admin, $"/admin/projects/{project}/spend?groupBy=model")).GetProperty("rows").GetArrayLength();

    private static async Task SetLimitsAsync(Tenants t)
    {
        foreach (var project in new[] { t.ProjectA, t.ProjectB })
        {
            using var response = await t.Admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit = 1_000_000 }, Tenants.Ct);
            Assert.True(response.IsSuccessStatusCode, $"setting {project}'s budget: {(int)response.StatusCode}");
        }
    }
}
