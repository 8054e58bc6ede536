using System.Text.Json;

namespace LlmActors.Tests.Security.Isolation;

/// <summary>Code completion and moderation policy: written against the contract, checked from the day their routes land.</summary>
public static class PendingIsolation
{
    private const string Completion = """{"path":"src/shared.py","content":"def add(a, b):\n    return ","cursor":26,"language":"python"}""";

    public static IEnumerable<IsolationCase> Cases =>
    [
        new("A sees none of B's code statistics or cached completions", ["code-complete", "code-stats"], async t =>
        {
            for (var i = 0; i < 2; i++)
            {
                using var b = await Tenants.PostJsonAsync(t.B, "/v1/code/completions", Completion);
                Assert.Equal(HttpStatusCode.OK, b.StatusCode);
            }

            var stats = await Tenants.GetJsonAsync(t.A, "/v1/code/stats?path=src/shared.py");
            Assert.Equal(0, stats.GetProperty("total").GetInt64());
            using var a = await Tenants.PostJsonAsync(t.A, "/v1/code/completions", Completion);
            using var json = JsonDocument.Parse(await a.Content.ReadAsStringAsync(Tenants.Ct));
            Assert.False(json.RootElement.GetProperty("cached").GetBoolean(), "A was served B's cached completion");
        }),
        new("A's key cannot read or change B's moderation policy", ["admin-put-moderation", "admin-get-moderation"], async t =>
        {
            var before = await Tenants.GetJsonAsync(t.Admin, $"/admin/projects/{t.ProjectB}/moderation");
            await OpenAiErrorAssert.IsError(await t.A.GetAsync($"/admin/projects/{t.ProjectB}/moderation", Tenants.Ct), HttpStatusCode.Forbidden);
            await OpenAiErrorAssert.IsError(await t.A.PutAsJsonAsync($"/admin/projects/{t.ProjectB}/moderation", new { allowBelow = 0.9, blockAbove = 0.95 }, Tenants.Ct), HttpStatusCode.Forbidden);

            Assert.Equal(before.GetRawText(), (await Tenants.GetJsonAsync(t.Admin, $"/admin/projects/{t.ProjectB}/moderation")).GetRawText());
        }),
    ];
}
