using System.Text.Json;
using LlmActors.Caching;
using LlmActors.Tests.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Support;

[Collection(EmbeddedApiCollection.Name)]
public sealed class SupportAdminApiTests(EmbeddedApiFixture fixture)
{
    private readonly HttpClient _admin = fixture.Factory.AdminClient();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewProject() => "p" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Putting_routing_rules_answers_the_rules_in_force()
    {
        var project = NewProject();
        var body = new { faqKeywords = new[] { "warranty", "保修" }, simpleBelowTurns = 2, tierModels = new { simple = "sim-small" }, cacheThreshold = 0.8 };

        var response = await _admin.PutAsJsonAsync($"/admin/projects/{project}/routing", body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var rules = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["warranty", "保修"], rules.RootElement.GetProperty("faqKeywords").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, rules.RootElement.GetProperty("simpleBelowTurns").GetInt32());
        Assert.Equal(5, rules.RootElement.GetProperty("complexFromTurns").GetInt32());
        Assert.Equal("sim-small", rules.RootElement.GetProperty("tierModels").GetProperty("simple").GetString());
        Assert.Equal(0.8, rules.RootElement.GetProperty("cacheThreshold").GetDouble(), 3);

        var stored = await _admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/routing", Ct);
        Assert.Equal(2, stored.GetProperty("simpleBelowTurns").GetInt32());
        Assert.Equal(0, stored.GetProperty("faqIntents").GetArrayLength());
        Assert.False(stored.TryGetProperty("intents", out _));
    }

    [Theory]
    [InlineData("""{"cacheThreshold": 1.5}""", "cacheThreshold")]
    [InlineData("""{"cacheThreshold": "high"}""", "cacheThreshold")]
    [InlineData("""{"faqKeywords": ["ok", ""]}""", "faqKeywords")]
    [InlineData("""{"faqExamples": "not a list"}""", "faqExamples")]
    [InlineData("""{"simpleBelowTurns": -1}""", "simpleBelowTurns")]
    [InlineData("""{"simpleBelowTurns": 6, "complexFromTurns": 5}""", "complexFromTurns")]
    [InlineData("""{"longMessageChars": 0}""", "longMessageChars")]
    [InlineData("""{"tierModels": {"medium": "no spaces allowed"}}""", "tierModels.medium")]
    [InlineData("""{"faqSimilarity": 0}""", "faqSimilarity")]
    [InlineData("""{"tierModels": {"complex": "no-such-model"}}""", "tierModels.complex")]
    [InlineData("""{"tierModels": {"simple": "sim-embed"}}""", "tierModels.simple")]
    public async Task A_bad_rule_is_refused_naming_its_field_and_changes_nothing(string json, string field)
    {
        var project = NewProject();
        var before = await _admin.GetStringAsync($"/admin/projects/{project}/routing", Ct);

        var response = await _admin.PutAsync($"/admin/projects/{project}/routing", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("param").GetString());
        Assert.Equal(before, await _admin.GetStringAsync($"/admin/projects/{project}/routing", Ct));
    }

    [Fact]
    public async Task Purging_the_cache_forgets_the_projects_answers()
    {
        var project = NewProject();
        var grains = fixture.Factory.Services.GetRequiredService<IClusterClient>();
        await grains.StoreInCache(project, CacheKeys.SupportNamespace, CacheTexts.Write("How do I get an invoice?", "answer"));
        Assert.True((await grains.SemanticCache(project, CacheKeys.SupportNamespace).Lookup(CacheTexts.Query("How do I get an invoice?"))).IsHit);

        var response = await _admin.DeleteAsync($"/admin/projects/{project}/cache", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False((await grains.SemanticCache(project, CacheKeys.SupportNamespace).Lookup(CacheTexts.Query("How do I get an invoice?"))).IsHit);
    }

    [Fact]
    public async Task Evaluating_labelled_pairs_gives_hit_wrong_hit_and_miss_rates_and_a_threshold_sweep()
    {
        var project = NewProject();
        var pairs = new object[]
        {
            new { cached = "How do I pay my bill?", asked = "how do I pay my bill??", same = true },
            new { cached = "How do I pay my bill?", asked = "My bill payment failed", same = false },
            new { cached = "How do I pay my bill?", asked = "Why is my bill so high this month?", same = false },
            new { cached = "怎么交话费?", asked = "话费怎么交", same = true },
        };

        var response = await _admin.PostAsJsonAsync($"/admin/projects/{project}/cache/evaluate", new { pairs }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((4, 2), (report.GetProperty("pairs").GetInt32(), report.GetProperty("samePairs").GetInt32()));
        var atThreshold = report.GetProperty("atThreshold");
        Assert.Equal(new LlmActors.Grains.Support.SupportOptions().CacheThreshold, atThreshold.GetProperty("threshold").GetSingle(), 3);
        Assert.Equal((2, 0, 2), (atThreshold.GetProperty("hits").GetInt32(), atThreshold.GetProperty("wrongHits").GetInt32(), atThreshold.GetProperty("misses").GetInt32()));
        Assert.Equal(0.5, atThreshold.GetProperty("hitRate").GetDouble(), 3);
        var sweep = report.GetProperty("sweep").EnumerateArray().ToList();
        Assert.Equal(14, sweep.Count);
        // Hits can only fall as the threshold rises; the exact repeat is a hit at every threshold.
        var hits = sweep.Select(r => r.GetProperty("hits").GetInt32()).ToList();
        Assert.Equal(hits.OrderDescending(), hits);
        Assert.All(sweep, r => Assert.True(r.GetProperty("hits").GetInt32() >= 1));
        Assert.All(sweep, r => Assert.Equal(1.0, r.GetProperty("hitRate").GetDouble() + r.GetProperty("wrongHitRate").GetDouble() + r.GetProperty("missRate").GetDouble(), 3));
    }

    [Fact]
    public async Task An_evaluation_uses_the_projects_faq_intents()
    {
        var project = NewProject();
        var intents = new[]
        {
            new { id = "pay_bill", examples = new[] { "How do I pay my bill?", "What payment methods can I use for my bill?" } },
            new { id = "high_bill", examples = new[] { "Why is my bill higher than usual?" } },
        };
        Assert.Equal(HttpStatusCode.OK, (await _admin.PutAsJsonAsync($"/admin/projects/{project}/routing", new { faqIntents = intents }, Ct)).StatusCode);
        var pairs = new[] { new { cached = "How do I pay my bill?", asked = "how can I pay the bill online", same = true } };

        var report = await (await _admin.PostAsJsonAsync($"/admin/projects/{project}/cache/evaluate", new { pairs, thresholds = new[] { 0.3, 0.99 } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(2, report.GetProperty("intents").GetInt32());
        Assert.Equal([0.3, 0.99], report.GetProperty("sweep").EnumerateArray().Select(r => Math.Round(r.GetProperty("threshold").GetDouble(), 2)));
        var stored = await _admin.GetFromJsonAsync<JsonElement>($"/admin/projects/{project}/routing", Ct);
        Assert.Equal(["pay_bill", "high_bill"], stored.GetProperty("faqIntents").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{}""", "pairs")]
    [InlineData("""{"pairs": []}""", "pairs")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": "b?"}]}""", "pairs[0].same")]
    [InlineData("""{"pairs": [{"cached": "", "asked": "b?", "same": true}]}""", "pairs[0].cached")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": 7, "same": true}]}""", "pairs[0].asked")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": "b?", "same": "yes"}]}""", "pairs[0].same")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": "b?", "same": true, "weight": 2}]}""", "pairs[0].weight")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": "b?", "same": true}], "thresholds": [1.5]}""", "thresholds")]
    [InlineData("""{"pairs": [{"cached": "a?", "asked": "b?", "same": true}], "colour": 1}""", "colour")]
    public async Task A_bad_evaluation_is_a_400_naming_its_field(string json, string field)
    {
        var response = await _admin.PostAsync($"/admin/projects/{NewProject()}/cache/evaluate", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("param").GetString());
    }

    [Theory]
    [InlineData("""{"faqIntents": [{"id": "a", "examples": []}]}""", "faqIntents[0].examples")]
    [InlineData("""{"faqIntents": [{"id": "bad id", "examples": ["x?"]}]}""", "faqIntents[0]")]
    [InlineData("""{"faqIntents": [{"id": "a", "examples": ["x?"]}, {"id": "a", "examples": ["y?"]}]}""", "faqIntents")]
    [InlineData("""{"faqIntents": {"id": "a"}}""", "faqIntents")]
    public async Task A_bad_faq_intent_is_refused_naming_its_field(string json, string field)
    {
        var response = await _admin.PutAsync($"/admin/projects/{NewProject()}/routing", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Support_admin_routes_take_only_the_admin_key()
    {
        var project = NewProject();
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));

        await OpenAiErrorAssert.IsError(await client.DeleteAsync($"/admin/projects/{project}/cache", Ct), HttpStatusCode.Forbidden);
        await OpenAiErrorAssert.IsError(await client.PutAsJsonAsync($"/admin/projects/{project}/routing", new { }, Ct), HttpStatusCode.Forbidden);
        await OpenAiErrorAssert.IsError(await client.PostAsJsonAsync($"/admin/projects/{project}/cache/evaluate", new { pairs = Array.Empty<object>() }, Ct), HttpStatusCode.Forbidden);
    }
}
