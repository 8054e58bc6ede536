using System.Text.Json;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>An API host process in cluster mode (a pure Orleans client) and clients for it.</summary>
public sealed class ApiHandle(DotnetProcess process, int port) : IAsyncDisposable
{
    public const string AdminKey = "llma_admin_integration_0123456789";

    public DotnetProcess Process => process;

    public int Port => port;

    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Waits until the host listens (/healthz); it may still be waiting for its cluster.</summary>
    public Task<TimeSpan> WaitListeningAsync() => WaitForAsync("/healthz", "API listening");

    /// <summary>Waits until the host reaches its cluster (/readyz).</summary>
    public Task<TimeSpan> WaitReadyAsync() => WaitForAsync("/readyz", "API ready");

    private async Task<TimeSpan> WaitForAsync(string path, string what)
    {
        using var client = Client();
        return await Eventually.Until(what, TestCluster.StartTimeout,
            async () => !process.HasExited && (await client.GetAsync(path)).IsSuccessStatusCode, process.RecentOutput);
    }

    public async Task<string> CreateProjectKeyAsync(string projectId)
    {
        using var admin = Client(AdminKey);
        var response = await admin.PostAsync($"/admin/projects/{projectId}/keys", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating a key: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>Uses a project key on <c>GET /v1/models</c>: 200 when the cluster knows the key, 401 when it does not.</summary>
    public async Task<HttpStatusCode> UseKeyAsync(string key)
    {
        using var client = Client(key);
        return (await client.GetAsync("/v1/models")).StatusCode;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
