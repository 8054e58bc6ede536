using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmActors.Tests.Infrastructure;

/// <summary>
/// The API in embedded mode (co-hosted silo, in-memory storage, simulator at /sim/v1) on a real Kestrel
/// socket, so the grains reach the simulator over HTTP exactly as in production.
/// </summary>
public sealed class EmbeddedApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "llma_admin_test_key_0123456789abcdef";

    private readonly bool _kestrel;

    /// <param name="kestrel">
    /// False hosts it on the in-memory test server instead (<c>Server</c>), for requests no socket can carry, such as a
    /// header with a newline in it; the simulator is then out of reach, so such a host answers only what fails before a model call.
    /// </param>
    public EmbeddedApiFactory(bool kestrel = true)
    {
        Port = FreePort.Next();
        _kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(Port);
        }
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Extra settings applied on top of the test defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Service replacements (test doubles) applied after the application's own registrations.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Urls", BaseAddress.ToString());
        builder.UseSetting("Auth:AdminKey", AdminKey);
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("Orleans:ClusterId", "test-" + Guid.NewGuid().ToString("N")[..8]);
        // Tests exercise behaviour, not the simulator's realistic pacing; timing tests raise this themselves.
        builder.UseSetting("Simulator:LatencyScale", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = _kestrel ? new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) } : CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        }

        return client;
    }

    public HttpClient AdminClient() => Client(AdminKey);

    /// <summary>The official OpenAI SDK pointed at this gateway.</summary>
    public OpenAI.OpenAIClient OpenAi(string key) =>
        new(new System.ClientModel.ApiKeyCredential(key), new OpenAI.OpenAIClientOptions
        {
            Endpoint = new Uri(BaseAddress, "/v1"),
            RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0),
        });

    /// <summary>Injects a simulator fault for one model (<c>PUT /sim/models/{model}/fault</c>).</summary>
    public async Task SetFault(string model, string mode, int? delayMs = null)
    {
        using var admin = AdminClient();
        var response = await admin.PutAsJsonAsync($"/sim/models/{model}/fault", new { mode, delayMs });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Creates a project key through the admin API and returns the plain key.</summary>
    public async Task<string> CreateProjectKey(string projectId)
    {
        using var admin = AdminClient();
        var response = await admin.PostAsync($"/admin/projects/{projectId}/keys", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("key").GetString()!;
    }
}
