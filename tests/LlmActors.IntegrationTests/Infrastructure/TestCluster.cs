namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>
/// One cluster of real processes on its own database and ClusterId: silos started with
/// <c>dotnet silo/bin/.../LlmActors.Silo.dll</c> and API hosts in cluster mode, all on free ports of 127.0.0.1.
/// Everything still running is killed on dispose.
/// </summary>
public sealed class TestCluster(string connectionString) : IAsyncDisposable
{
    /// <summary>Generous: a cold silo on a busy 2-core machine; a healthy one is active in a few seconds.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<IAsyncDisposable> _processes = [];
    private string? _simulatorUrl;

    public string ConnectionString => connectionString;

    /// <summary>Settings for every process started after they are added (e.g. resilience timeouts, rate limits, log levels).</summary>
    public Dictionary<string, string> ExtraEnvironment { get; } = [];

    /// <summary>The standalone simulator's base address, once started.</summary>
    public string? SimulatorUrl => _simulatorUrl;

    public string ClusterId { get; } = "it-" + Guid.NewGuid().ToString("N")[..8];

    public SiloHandle StartSilo()
    {
        var (http, silo, gateway) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var environment = new Dictionary<string, string>(CommonEnvironment())
        {
            ["Orleans__SiloPort"] = silo.ToString(),
            ["Orleans__GatewayPort"] = gateway.ToString(),
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
        };
        var handle = new SiloHandle(DotnetProcess.Start(RepoLayout.SiloDll, environment, "--urls", $"http://127.0.0.1:{http}"), http, silo, gateway);
        _processes.Add(handle);
        return handle;
    }

    public async Task<SiloHandle> StartReadySiloAsync()
    {
        var silo = StartSilo();
        await silo.WaitReadyAsync();
        return silo;
    }

    /// <summary>Starts an API host; pass the port of one that was stopped to restart it where its clients expect it.</summary>
    public ApiHandle StartApi(int? port = null)
    {
        port ??= FreePort.Next();
        var environment = new Dictionary<string, string>(CommonEnvironment());
        var handle = new ApiHandle(DotnetProcess.Start(RepoLayout.ApiDll, environment, "--urls", $"http://127.0.0.1:{port}"), port.Value);
        _processes.Add(handle);
        return handle;
    }

    /// <summary>The model simulator as its own process; silos started after this call use it as the <c>sim</c> provider.</summary>
    public async Task<DotnetProcess> StartSimulatorAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var simulator = DotnetProcess.Start(RepoLayout.SimulatorDll, settings ?? new Dictionary<string, string>(), "--urls", url);
        _processes.Add(simulator);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Eventually.Until("simulator listening", StartTimeout,
            async () => !simulator.HasExited && (await http.GetAsync("/healthz")).IsSuccessStatusCode, simulator.RecentOutput);
        _simulatorUrl = url;
        return simulator;
    }

    public async Task<ApiHandle> StartReadyApiAsync()
    {
        var api = StartApi();
        await api.WaitReadyAsync();
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
    }

    private Dictionary<string, string> CommonEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Orleans__ClusterId"] = ClusterId,
            ["Orleans__ServiceId"] = ClusterId,
            // The API's admin routes and a silo's dashboard and /stats; a silo in cluster mode refuses to start without it.
            ["Auth__AdminKey"] = ApiHandle.AdminKey,
            // Warnings and our own lines only: the output is kept for failure messages.
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__LlmActors"] = "Information",
        };
        if (_simulatorUrl is not null)
        {
            environment["Models__Providers__sim__Endpoint"] = _simulatorUrl + "/sim/v1";
        }

        foreach (var (key, value) in ExtraEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }
}
