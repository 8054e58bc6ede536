using System.Net;
using System.Net.Sockets;

namespace LlmActors.Bench;

/// <summary>Starts the API (embedded mode: co-hosted silo + simulator) as its own process, as a user would run it.</summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    public const string EmbeddedAdminKey = "llma_admin_bench_0123456789abcdef";
    private readonly Process? _process;

    private GatewayProcess(Process? process, Uri baseAddress, Uri simulator, string adminKey)
    {
        _process = process;
        BaseAddress = baseAddress;
        Simulator = simulator;
        AdminKey = adminKey;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the simulator answers directly (its <c>/sim/v1</c> routes).</summary>
    public Uri Simulator { get; }

    public string AdminKey { get; }

    /// <summary>True when this run started the gateway itself (embedded mode), so its process can be measured.</summary>
    public bool Owned => _process is not null;

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>
    /// <c>--api URL --sim URL --admin KEY</c> points the scenario at a running gateway (e.g. the cluster from
    /// scripts/cluster.sh); otherwise an embedded gateway is started for the run.
    /// </summary>
    public static async Task<GatewayProcess> StartOrAttachAsync(BenchOptions options, IDictionary<string, string>? settings = null)
    {
        if (!options.Extra.TryGetValue("api", out var api))
        {
            return await StartAsync(settings);
        }

        var simulator = options.Extra.TryGetValue("sim", out var sim) ? sim : api;
        var admin = options.Extra.TryGetValue("admin", out var key) ? key : throw new ArgumentException("--api needs --admin KEY");
        var attached = new GatewayProcess(null, new Uri(api), new Uri(simulator), admin);
        await attached.WaitReadyAsync();
        return attached;
    }

    public static async Task<GatewayProcess> StartAsync(IDictionary<string, string>? settings = null)
    {
        var root = RepoRoot();
        var dll = Path.Combine(root, "client-api", "bin", "Release", "net10.0", "LlmActors.Api.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build first: dotnet build -c Release", dll);
        }

        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Auth__AdminKey"] = EmbeddedAdminKey;
        info.Environment["Simulator__LatencyScale"] = "0";
        info.Environment["Orleans__SiloPort"] = FreePort().ToString();
        info.Environment["Orleans__GatewayPort"] = FreePort().ToString();
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DOTNET_gcServer"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[api] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        var gateway = new GatewayProcess(process, address, address, EmbeddedAdminKey);
        await gateway.WaitReadyAsync();
        return gateway;
    }

    public HttpClient Client(string? key = null) => ClientFor(BaseAddress, key);

    public HttpClient SimulatorClient() => ClientFor(Simulator, null);

    private static HttpClient ClientFor(Uri address, string? key)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4096, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    public async Task<string> CreateProjectKeyAsync(string project)
    {
        using var admin = Client(AdminKey);
        var response = await admin.PostAsync($"/admin/projects/{project}/keys", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>CPU time the gateway process has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        _process?.Refresh();
        return _process?.TotalProcessorTime ?? TimeSpan.Zero;
    }

    public long WorkingSetBytes()
    {
        _process?.Refresh();
        return _process?.WorkingSet64 ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The API did not become ready within 60 s.");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlmActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
