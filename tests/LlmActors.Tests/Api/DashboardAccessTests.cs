using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Api;

/// <summary>
/// The Orleans Dashboard shows every project's grain state, so it takes the admin key: HTTP Basic (any user name, the
/// admin key as password) from a browser, or Bearer from a script. Everyone else gets a 401 login challenge.
/// </summary>
[Collection(EmbeddedApiCollection.Name)]
public sealed class DashboardAccessTests(EmbeddedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_dashboard_page_asset_and_data_url_asks_an_anonymous_caller_to_log_in()
    {
        var paths = DashboardPaths();
        Assert.True(paths.Count >= 10, $"expected the dashboard's pages, assets and data API, found: {string.Join(", ", paths)}");

        using var anonymous = fixture.Factory.Client();
        foreach (var path in paths)
        {
            await AssertLoginChallenge(await anonymous.GetAsync(path, Ct), path);
        }
    }

    [Fact]
    public async Task A_project_key_does_not_open_the_dashboard()
    {
        var key = await fixture.Factory.CreateProjectKey("dash-intruder");
        using var admin = fixture.Factory.AdminClient();
        (await admin.PutAsJsonAsync("/admin/projects/dash-victim/budget", new { dailyTokenLimit = 777 }, Ct)).EnsureSuccessStatusCode();
        var victimState = "/dashboard/GrainState?grainId=dash-victim&grainType=LlmActors.Grains.Budgets.ProjectBudgetGrain";

        using var bearer = fixture.Factory.Client(key);
        using var basic = fixture.Factory.Client();
        basic.DefaultRequestHeaders.Authorization = BasicLogin.Header("dash-intruder", key);
        foreach (var client in new[] { bearer, basic })
        {
            foreach (var path in new[] { "/dashboard/", victimState, "/dashboard/DashboardCounters" })
            {
                await AssertLoginChallenge(await client.GetAsync(path, Ct), path);
            }
        }
    }

    [Fact]
    public async Task A_wrong_password_or_a_malformed_login_is_refused()
    {
        using var client = fixture.Factory.Client();
        foreach (var header in new[]
        {
            BasicLogin.Header("admin", EmbeddedApiFactory.AdminKey + "x"),
            BasicLogin.Header(EmbeddedApiFactory.AdminKey, ""),
            new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "not base64!"),
            new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("no colon"u8.ToArray())),
        })
        {
            client.DefaultRequestHeaders.Authorization = header;
            await AssertLoginChallenge(await client.GetAsync("/dashboard/", Ct), $"/dashboard/ with {header}");
        }
    }

    [Fact]
    public async Task A_browser_logs_in_with_basic_and_the_admin_key_as_password()
    {
        using var browser = fixture.Factory.Client();
        browser.DefaultRequestHeaders.Authorization = BasicLogin.Header("anyone", EmbeddedApiFactory.AdminKey);

        var page = await browser.GetAsync("/dashboard/", Ct);
        var script = await browser.GetAsync("/dashboard/index.min.js", Ct);
        var counters = await browser.GetAsync("/dashboard/DashboardCounters", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("html", await page.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
    }

    [Fact]
    public async Task A_script_reads_the_dashboard_with_the_admin_key_as_bearer()
    {
        using var admin = fixture.Factory.AdminClient();

        var counters = await admin.GetAsync("/dashboard/DashboardCounters", Ct);

        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        Assert.Contains("hosts", await counters.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_readiness_and_metrics_stay_open()
    {
        using var anonymous = fixture.Factory.Client();
        foreach (var path in new[] { "/healthz", "/readyz", "/metrics" })
        {
            var response = await anonymous.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    private static async Task AssertLoginChallenge(HttpResponseMessage response, string path)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("Basic realm=\"LlmActors\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        var error = await OpenAiErrorAssert.IsError(response, HttpStatusCode.Unauthorized);
        Assert.Equal("authentication_error", error.GetProperty("type").GetString());
    }

    /// <summary>Every URL the dashboard maps, its route parameters filled in, so a route it adds later is covered too.</summary>
    private List<string> DashboardPaths() =>
        fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(p => p.StartsWith("/dashboard", StringComparison.Ordinal))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\{\*{0,2}(\w+)(:int)?\}", m => m.Groups[2].Success ? "1" : "x"))
            .Distinct()
            .ToList();
}
