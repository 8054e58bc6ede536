using System.Text.Json;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>A silo process and its ports: HTTP (health, stats, dashboard), silo-to-silo, gateway.</summary>
public sealed class SiloHandle(DotnetProcess process, int httpPort, int siloPort, int gatewayPort) : IAsyncDisposable
{
    // /stats takes the admin key; /readyz needs none.
    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"),
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new("Bearer", ApiHandle.AdminKey) },
    };

    public DotnetProcess Process => process;

    public int SiloPort => siloPort;

    public int GatewayPort => gatewayPort;

    /// <summary>The silo's HTTP address (health, readiness, metrics, and with the admin key /stats and the dashboard).</summary>
    public Uri HttpAddress => new($"http://127.0.0.1:{httpPort}");

    public Task<TimeSpan> WaitReadyAsync(TimeSpan? timeout = null) =>
        Eventually.Until($"silo :{siloPort} active", timeout ?? TestCluster.StartTimeout,
            async () => !process.HasExited && (await _http.GetAsync("/readyz")).IsSuccessStatusCode, process.RecentOutput);

    /// <summary>Activations on this silo whose grain type name contains <paramref name="grainType"/>.</summary>
    public async Task<int> ActivationsAsync(string grainType)
    {
        using var stats = JsonDocument.Parse(await _http.GetStringAsync("/stats"));
        return stats.RootElement.GetProperty("activations").EnumerateObject()
            .Where(p => p.Name.Contains(grainType, StringComparison.OrdinalIgnoreCase))
            .Sum(p => p.Value.GetInt32());
    }

    public Task KillAsync() => process.KillAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await process.DisposeAsync();
    }
}
