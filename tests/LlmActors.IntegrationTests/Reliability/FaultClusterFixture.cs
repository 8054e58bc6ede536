using System.Globalization;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// One cluster of real processes shared by the fault tests (<see cref="FaultClusterCollection"/>): its own
/// PostgreSQL, the standalone simulator (fast), three silos, one API host, and a key for each of
/// <see cref="ProjectCount"/> projects (enough that every silo holds some of their grains). Model timeouts are short
/// so a faulty primary is left for its fallback within a second or two. Each test leaves the cluster serving.
/// </summary>
public sealed class FaultClusterFixture : IAsyncLifetime
{
    public const int ProjectCount = 24;

    /// <summary>Projects whose budget runs out under the kill test's load, to prove no overspend.</summary>
    public const int TightCount = 6;

    public const long TightLimit = 1_500;

    public const int CodeCompletions = 2;

    private PostgresServer? _postgres;
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public List<SiloHandle> Silos { get; } = [];

    /// <summary>Posts a simulator fault (the standalone simulator has no admin key: its fault route is open).</summary>
    public async Task SetFaultAsync(string model, string mode, int? delayMs = null)
    {
        using var simulator = new HttpClient { BaseAddress = new Uri(Cluster.SimulatorUrl!) };
        (await simulator.PutAsJsonAsync($"/sim/models/{model}/fault", new { mode, delayMs })).EnsureSuccessStatusCode();
    }

    /// <summary>The API host clients use; a test that restarts it puts the new one here.</summary>
    public ApiHandle Api { get; set; } = null!;

    public List<(string Project, string Key)> Keys { get; } = [];

    public List<(string Project, string Key)> TightKeys { get; } = [];

    /// <summary>The grain types with state this cluster has (moderation policies once their route has landed).</summary>
    public List<string> StateGrainTypes { get; } = [.. StateGrains.Landed];

    /// <summary>The policy set for project i, when moderation has landed.</summary>
    public static double AllowBelow(int project) => 0.1 + (project * 0.01);

    public static readonly TimeSpan WorkerKeyRotation = TimeSpan.FromSeconds(2);

    public async ValueTask InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _cluster = new TestCluster(await _postgres.CreateDatabaseAsync());
        foreach (var (key, value) in ResilienceSettings)
        {
            _cluster.ExtraEnvironment[key] = value;
        }

        // Per-request worker ids rotate every few seconds, so a silo started by a test gets chat work within one rotation.
        _cluster.ExtraEnvironment["Api__WorkerKeyRotationSeconds"] = WorkerKeyRotation.TotalSeconds.ToString(CultureInfo.InvariantCulture);

        // Short simulated latencies: each request takes tens of milliseconds, so load measures the cluster, not the model.
        await _cluster.StartSimulatorAsync(new Dictionary<string, string> { ["Simulator__LatencyScale"] = "0.1" });
        Silos.AddRange([_cluster.StartSilo(), _cluster.StartSilo(), _cluster.StartSilo()]);
        await Task.WhenAll(Silos.Select(s => s.WaitReadyAsync()));
        Api = await _cluster.StartReadyApiAsync();
        for (var i = 0; i < ProjectCount; i++)
        {
            Keys.Add(($"fault-{i}", await Api.CreateProjectKeyAsync($"fault-{i}")));
            await ProjectUsage.SetTokenLimitAsync(Api, $"fault-{i}", 100_000_000);
        }

        for (var i = 0; i < TightCount; i++)
        {
            TightKeys.Add(($"tight-{i}", await Api.CreateProjectKeyAsync($"tight-{i}")));
            await ProjectUsage.SetTokenLimitAsync(Api, $"tight-{i}", TightLimit);
        }

        // Per project a support turn and two code completions: conversation, file and code-statistics grains with
        // persisted state, spread over the silos. Statistics are written on an interval: wait until they are stored.
        for (var i = 0; i < ProjectCount; i++)
        {
            using var client = Api.Client(Keys[i].Key);
            (await client.PostAsJsonAsync($"/v1/support/conversations/kill-{i}/messages", new { message = "How do I reset my password?" })).EnsureSuccessStatusCode();
            for (var c = 0; c < CodeCompletions; c++)
            {
                var content = $"def f{c}(x):\n    return ";
                (await client.PostAsJsonAsync("/v1/code/completions", new { path = "src/kill.py", content, cursor = content.Length })).EnsureSuccessStatusCode();
            }
        }

        await SetModerationPoliciesAsync();
        await Eventually.Until("code statistics stored", TestCluster.StartTimeout, async () =>
        {
            foreach (var (project, _) in Keys)
            {
                if (await GrainStateRows.ReadAsync(Cluster.ConnectionString, "code-stats", project) is not { } row
                    || row.Payload.GetProperty("Total").GetInt64() < CodeCompletions
                    || await GrainStateRows.ReadAsync(Cluster.ConnectionString, "completion", $"{project}/p:src/kill.py") is not { } file
                    || file.Payload.GetProperty("Stats").GetProperty("Total").GetInt64() < CodeCompletions)
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>A policy per project, so policy grains with state live on every silo; skipped (404) until moderation lands.</summary>
    private async Task SetModerationPoliciesAsync()
    {
        using var admin = Api.Client(ApiHandle.AdminKey);
        for (var i = 0; i < ProjectCount; i++)
        {
            using var response = await admin.PutAsJsonAsync($"/admin/projects/fault-{i}/moderation", new { allowBelow = AllowBelow(i), blockAbove = 0.9 });
            if (response.StatusCode == HttpStatusCode.NotFound && i == 0)
            {
                return;
            }

            response.EnsureSuccessStatusCode();
        }

        StateGrainTypes.Add(StateGrains.ModerationPolicy);
    }

    public static readonly IReadOnlyDictionary<string, string> ResilienceSettings = new Dictionary<string, string>
    {
        ["Models__Resilience__AttemptTimeout"] = "00:00:02",
        ["Models__Resilience__FirstTokenTimeout"] = "00:00:01",
        ["Models__Resilience__MinimumThroughput"] = "3",
        ["Models__Resilience__BreakDuration"] = "00:00:02",
        ["Code__PersistInterval"] = "00:00:01",
    };

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
