namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>
/// Every silo's HTTP port (published by docker-compose) serves the dashboard, which shows every project's grain
/// state, and <c>/stats</c>: both take the silo's <c>Auth:AdminKey</c>; probes and scrapers stay open.
/// </summary>
[Collection(SecurityClusterCollection.Name)]
public sealed class SiloOperatorPagesTests(SecurityClusterFixture fixture)
{
    private static readonly string[] OperatorPaths = ["/dashboard/", "/dashboard/index.min.js", "/dashboard/DashboardCounters", "/stats"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_silos_dashboard_and_stats_refuse_anonymous_and_project_key_callers()
    {
        var projectKey = await fixture.First.CreateProjectKeyAsync("silo-pages");
        foreach (var silo in fixture.Silos)
        {
            using var anonymous = Client(silo);
            using var project = Client(silo);
            project.DefaultRequestHeaders.Authorization = new("Bearer", projectKey);
            foreach (var path in OperatorPaths)
            {
                foreach (var client in new[] { anonymous, project })
                {
                    var response = await client.GetAsync(path, Ct);
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{silo.HttpAddress}{path}: {(int)response.StatusCode}");
                    Assert.Equal("Basic realm=\"LlmActors\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
                    await OpenAiErrorAssert.IsError(response, HttpStatusCode.Unauthorized);
                }
            }
        }
    }

    [Fact]
    public async Task The_admin_key_opens_a_silos_dashboard_by_basic_and_its_stats_by_bearer()
    {
        var silo = fixture.Silos[0];
        using var browser = Client(silo);
        browser.DefaultRequestHeaders.Authorization = BasicLogin.Header("ops", ApiHandle.AdminKey);
        using var script = Client(silo);
        script.DefaultRequestHeaders.Authorization = new("Bearer", ApiHandle.AdminKey);

        var page = await browser.GetAsync("/dashboard/", Ct);
        var stats = await script.GetAsync("/stats", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Contains("activations", await stats.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silos_health_readiness_and_metrics_stay_open()
    {
        using var anonymous = Client(fixture.Silos[0]);
        foreach (var path in new[] { "/healthz", "/readyz", "/metrics" })
        {
            var response = await anonymous.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    private static HttpClient Client(SiloHandle silo) => new() { BaseAddress = silo.HttpAddress, Timeout = TimeSpan.FromSeconds(10) };
}
