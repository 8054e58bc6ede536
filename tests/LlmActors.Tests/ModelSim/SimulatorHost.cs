using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Moderations;

namespace LlmActors.Tests.ModelSim;

/// <summary>
/// The simulator on a real Kestrel port, mapped exactly as a host maps it, for the official OpenAI SDK to call.
/// Zero latency by default; fault tests use their own models so they never disturb other tests.
/// </summary>
public class SimulatorHost : IAsyncLifetime
{
    public const string AdminKey = "sim-admin-key-for-tests-0123456789";

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The base URL an OpenAI client is given: <c>{host}/sim/v1/</c>.</summary>
    public Uri OpenAiEndpoint => new(BaseAddress, "/sim/v1/");

    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Simulator:LatencyScale"] = "0",
        ["Auth:AdminKey"] = AdminKey,
        ["Simulator:Models:fault-down:Kind"] = "Chat",
        ["Simulator:Models:fault-slow:Kind"] = "Chat",
        ["Simulator:Models:fault-cut:Kind"] = "Chat",
        ["Simulator:Models:fault-embed:Kind"] = "Embedding",
    };

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.ClearProviders();
        builder.Services.AddModelSimulator(builder.Configuration);
        _app = builder.Build();
        _app.MapModelSimulator("/sim");
        await _app.StartAsync();

        // Load the tokenizer now, so no test measures its one-off start-up.
        _ = LlmActors.ModelSim.Text.SimTokenizer.Instance;
        BaseAddress = new Uri(_app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>No retries: a test must see the simulator's failure itself, not the SDK's retry of it.</summary>
    public OpenAIClientOptions ClientOptions() => new()
    {
        Endpoint = OpenAiEndpoint,
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        NetworkTimeout = TimeSpan.FromSeconds(30),
    };

    public ChatClient Chat(string model) => new(model, new ApiKeyCredential("sim"), ClientOptions());

    public EmbeddingClient Embeddings(string model = "sim-embed") => new(model, new ApiKeyCredential("sim"), ClientOptions());

    public ModerationClient Moderation(string model) => new(model, new ApiKeyCredential("sim"), ClientOptions());

    public HttpClient Http(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Runs <paramref name="body"/> with a fault in force and always heals the model afterwards.</summary>
    public async Task WithFaultAsync(string model, string mode, Func<Task> body, int? delayMs = null)
    {
        await SetFaultAsync(model, mode, delayMs);
        try
        {
            await body();
        }
        finally
        {
            await SetFaultAsync(model, "none");
        }
    }

    public async Task SetFaultAsync(string model, string mode, int? delayMs = null)
    {
        using var client = Http(AdminKey);
        var response = await client.PutAsJsonAsync($"/sim/models/{model}/fault", new { mode, delayMs }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
