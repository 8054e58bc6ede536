using System.Globalization;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// Two silos, one API host and a simulator at its real pacing, with the shipped resilience settings: model calls
/// that last many seconds, so some are in flight on a silo when it is killed. Worker ids do not rotate during a
/// test, so a call stays on the silo its grain was placed on.
/// </summary>
public sealed class InFlightClusterFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public List<SiloHandle> Silos { get; } = [];

    public ApiHandle Api { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public async Task SetFaultAsync(string model, string mode, int? delayMs = null)
    {
        using var simulator = new HttpClient { BaseAddress = new Uri(Cluster.SimulatorUrl!) };
        (await simulator.PutAsJsonAsync($"/sim/models/{model}/fault", new { mode, delayMs })).EnsureSuccessStatusCode();
    }

    public async ValueTask InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _cluster = new TestCluster(await _postgres.CreateDatabaseAsync());
        _cluster.ExtraEnvironment["Api__WorkerKeyRotationSeconds"] = 3600.ToString(CultureInfo.InvariantCulture);
        await _cluster.StartSimulatorAsync(new Dictionary<string, string>
        {
            ["Simulator__LatencyScale"] = "1",
            // A slow writer: a 200-token answer streams for about 50 s.
            ["Simulator__Models__sim-large__TokensPerSecond"] = "4",
            ["Simulator__Models__sim-large__Jitter"] = "0",
        });
        Silos.AddRange([_cluster.StartSilo(), _cluster.StartSilo()]);
        await Task.WhenAll(Silos.Select(s => s.WaitReadyAsync()));
        Api = await _cluster.StartReadyApiAsync();
        Key = await Api.CreateProjectKeyAsync("in-flight");
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
