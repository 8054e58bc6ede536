using System.Text.Json;

namespace LlmActors.Tests.Security.Isolation;

/// <summary>Conversations, the semantic cache and routing rules: each belongs to one project.</summary>
public static class SupportIsolation
{
    private const string Faq = "How do I reset my password?";

    public static IEnumerable<IsolationCase> Cases =>
    [
        new("A cannot read B's conversation", ["support-send", "support-get"], async t =>
        {
            var marker = "b-secret-" + Guid.NewGuid().ToString("N");
            await Tenants.SupportAsync(t.B, "shared-read", $"My order {marker} is late");

            var read = await t.A.GetAsync("/v1/support/conversations/shared-read", Tenants.Ct);

            Assert.DoesNotContain(marker, await read.Content.ReadAsStringAsync(Tenants.Ct));
            await OpenAiErrorAssert.IsError(read, HttpStatusCode.NotFound);
        }),
        new("A writing to the same conversation id leaves B's untouched", ["support-send", "support-get"], async t =>
        {
            await Tenants.SupportAsync(t.B, "shared-write", "Where is my parcel?");

            await Tenants.SupportAsync(t.A, "shared-write", "a-was-here: what are your opening hours?");

            var b = await Tenants.GetJsonAsync(t.B, "/v1/support/conversations/shared-write");
            Assert.Equal(1, b.GetProperty("turns").GetInt32());
            Assert.DoesNotContain("a-was-here", b.GetRawText());
        }),
        new("A gets no semantic-cache hit from B's identical question", ["support-send"], async t =>
        {
            await WarmAsync(t.B, Faq);

            var a = await Tenants.SupportAsync(t.A, "a-" + Guid.NewGuid().ToString("N")[..8], Faq);

            Assert.NotEqual("hit", a.GetProperty("cache").GetString());
        }),
        new("model auto: A gets no cache hit from B's identical question", ["chat"], async t =>
        {
            await Eventually.Until(() => AutoCacheAsync(t.B), cache => cache == "hit", Tenants.Ct);

            Assert.NotEqual("hit", await AutoCacheAsync(t.A));
        }),
        new("Purging A's cache leaves B's answers cached, and A's key cannot purge B's", ["admin-purge-cache", "support-send"], async t =>
        {
            await WarmAsync(t.B, Faq);
            await OpenAiErrorAssert.IsError(await t.A.DeleteAsync($"/admin/projects/{t.ProjectB}/cache", Tenants.Ct), HttpStatusCode.Forbidden);

            Assert.Equal(HttpStatusCode.NoContent, (await t.Admin.DeleteAsync($"/admin/projects/{t.ProjectA}/cache", Tenants.Ct)).StatusCode);

            var again = await Tenants.SupportAsync(t.B, "b-" + Guid.NewGuid().ToString("N")[..8], Faq);
            Assert.Equal("hit", again.GetProperty("cache").GetString());
        }),
        new("A's key cannot read or change B's routing rules", ["admin-put-routing", "admin-get-routing"], async t =>
        {
            var before = await Tenants.GetJsonAsync(t.Admin, $"/admin/projects/{t.ProjectB}/routing");
            await OpenAiErrorAssert.IsError(await t.A.GetAsync($"/admin/projects/{t.ProjectB}/routing", Tenants.Ct), HttpStatusCode.Forbidden);
            await OpenAiErrorAssert.IsError(await t.A.PutAsJsonAsync($"/admin/projects/{t.ProjectB}/routing", new { simpleBelowTurns = 0 }, Tenants.Ct), HttpStatusCode.Forbidden);

            Assert.Equal(before.GetRawText(), (await Tenants.GetJsonAsync(t.Admin, $"/admin/projects/{t.ProjectB}/routing")).GetRawText());
        }),
    ];

    /// <summary>Asks in new conversations (only first turns use the cache) until the answer comes from the cache.</summary>
    private static Task WarmAsync(HttpClient client, string question) =>
        Eventually.Until(
            async () => (await Tenants.SupportAsync(client, "warm-" + Guid.NewGuid().ToString("N")[..8], question)).GetProperty("cache").GetString(),
            cache => cache == "hit", Tenants.Ct);

    private static async Task<string?> AutoCacheAsync(HttpClient client)
    {
        using var response = await Tenants.ChatAsync(client, Faq, model: "auto", maxTokens: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("x-llmactors-cache", out var values) ? values.Single() : null;
    }
}
