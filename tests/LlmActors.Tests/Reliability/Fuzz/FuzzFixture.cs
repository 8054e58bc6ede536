using LlmActors.Tests.Reliability.Routes;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// One embedded API for the whole fuzz suite (no rate limit, default body limit) and the totals over its routes.
/// Each route runs as its own project, so a route's state probe sees only what that route's inputs did.
/// </summary>
public sealed class FuzzFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly List<FuzzReport> _reports = [];

    public EmbeddedApiFactory Factory { get; } = new();

    /// <summary>FUZZ_SEED replays another random part; the default keeps CI deterministic.</summary>
    public int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : 20_251_101;

    public int RandomPerRoute { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_RANDOM"), out var count) ? count : 60;

    public IReadOnlySet<string> Mapped { get; private set; } = new HashSet<string>();

    public ValueTask InitializeAsync()
    {
        Factory.StartServer();
        Mapped = RouteMap.Of(Factory.Services);
        return ValueTask.CompletedTask;
    }

    public async Task<FuzzTarget> PrepareAsync(ApiRoute route)
    {
        var project = "fz-" + route.Name;
        var key = await Factory.CreateProjectKey(project);
        var revoked = await Factory.CreateProjectKey(project);
        using var admin = Factory.AdminClient();
        (await admin.DeleteAsync($"/admin/keys/{revoked[..17]}")).EnsureSuccessStatusCode();
        var victim = await Factory.CreateProjectKey(project);
        var other = await Factory.CreateProjectKey("fz-other-" + route.Name);
        // A limit makes the budget track this project; before budgets land the route answers 404 and nothing is tracked.
        await admin.PutAsJsonAsync($"/admin/projects/{project}/budget", new { dailyTokenLimit = 50_000_000 });
        var values = new RouteValues(project, victim[..17]);
        if (Mapped.Serves(route))
        {
            using var client = Factory.Client(key);
            values = await RouteRequests.SeedAsync(client, route, values, TestContext.Current.CancellationToken);
        }

        return new FuzzTarget(route, values, new FuzzKeys(EmbeddedApiFactory.AdminKey, key, revoked, other));
    }

    public void Add(FuzzReport report)
    {
        lock (_gate)
        {
            _reports.Add(report);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reports.Count > 0)
        {
            Figures.Record("fuzz", $"TOTAL seed={Seed} routes={_reports.Count} inputs={_reports.Sum(r => r.Inputs)} rejected={_reports.Sum(r => r.Rejected)} "
                + $"5xx={_reports.Sum(r => r.ServerErrors)} stateChecks={_reports.Sum(r => r.StateChecks)} problems={_reports.Sum(r => r.Problems.Count)}");
        }

        await Factory.DisposeAsync();
    }
}
