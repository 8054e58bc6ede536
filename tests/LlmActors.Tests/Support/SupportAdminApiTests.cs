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
    public async Task Support_admin_routes_take_only_the_admin_key()
    {
        var project = NewProject();
        var client = fixture.Factory.Client(await fixture.Factory.CreateProjectKey(project));

        await OpenAiErrorAssert.IsError(await client.DeleteAsync($"/admin/projects/{project}/cache", Ct), HttpStatusCode.Forbidden);
        await OpenAiErrorAssert.IsError(await client.PutAsJsonAsync($"/admin/projects/{project}/routing", new { }, Ct), HttpStatusCode.Forbidden);
    }
}
