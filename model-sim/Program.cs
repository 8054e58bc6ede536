namespace LlmActors.ModelSim;

/// <summary>
/// The simulator as its own process (cluster mode, benchmarks): the same <c>/sim/*</c> paths as inside the API,
/// <c>/v1/*</c> aliases so an OpenAI client can use the bare address, and <c>/healthz</c>.
/// </summary>
public static class Program
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Per-request hosting logs would cost more CPU than a zero-latency answer.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddModelSimulator(builder.Configuration);
        var app = builder.Build();
        app.UseStatusCodePages(Hosting.SimRoute.StatusCodeAsync);
        app.MapGet("/healthz", () => TypedResults.Text("{\"status\":\"up\"}", "application/json"));
        app.MapModelSimulator("/sim");
        app.MapModelSimulatorAliases();
        app.Run();
    }
}
