namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>
/// Two API hosts on one cluster (two silos, the standalone simulator), with a per-key rate limit and every process
/// logging at Information or more (more than the defaults, which keep Orleans and ASP.NET Core at Warning), so the
/// log checks read what an operator with verbose logs would see. Its own PostgreSQL, like the fault cluster's.
/// </summary>
public sealed class SecurityClusterFixture : IAsyncLifetime
{
    public const int RatePerSecond = 10;
    public const int Burst = 10;

    private PostgresServer? _postgres;
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public string ConnectionString => Cluster.ConnectionString;

    public ApiHandle First { get; private set; } = null!;

    public ApiHandle Second { get; private set; } = null!;

    public List<DotnetProcess> Processes { get; } = [];

    public List<SiloHandle> Silos { get; } = [];

    public async ValueTask InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _cluster = new TestCluster(await _postgres.CreateDatabaseAsync());
        _cluster.ExtraEnvironment["Keys__RateLimitPerSecond"] = RatePerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _cluster.ExtraEnvironment["Keys__RateLimitBurst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _cluster.ExtraEnvironment["Logging__LogLevel__Default"] = "Information";
        _cluster.ExtraEnvironment["Logging__LogLevel__LlmActors"] = "Debug";
        _cluster.ExtraEnvironment["Logging__LogLevel__Orleans"] = "Information";
        _cluster.ExtraEnvironment["Logging__LogLevel__Microsoft.AspNetCore"] = "Information";
        Processes.Add(await _cluster.StartSimulatorAsync(new Dictionary<string, string>
        {
            ["Simulator__LatencyScale"] = "0.1",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
        }));
        var silos = new[] { _cluster.StartSilo(), _cluster.StartSilo() };
        await Task.WhenAll(silos.Select(s => s.WaitReadyAsync()));
        Silos.AddRange(silos);
        Processes.AddRange(silos.Select(s => s.Process));
        First = await _cluster.StartReadyApiAsync();
        Second = await _cluster.StartReadyApiAsync();
        Processes.AddRange([First.Process, Second.Process]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
