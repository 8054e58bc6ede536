using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace LlmActors.Silo.Hosting;

/// <summary>The HTTP side of a silo process: health, readiness, metrics, and (admin key only) stats and the dashboard.</summary>
public static class SiloOperations
{
    public static IHostApplicationBuilder AddSiloOperations(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.IsClusterMode() && builder.Configuration[AdminLogin.ConfigurationKey] is not { Length: >= 16 })
        {
            throw new InvalidOperationException(
                "Auth:AdminKey must be set (at least 16 characters) in cluster mode: it guards this silo's dashboard and /stats.");
        }

        builder.Services.AddHealthChecks();
        return builder;
    }

    public static IEndpointRouteBuilder MapSiloOperations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" }));
        // Ready once this silo itself is active in the cluster (it takes grains), not merely when it can see others.
        app.MapGet("/readyz", (ISiloStatusOracle oracle) =>
            oracle.CurrentStatus == SiloStatus.Active
                ? Results.Ok(new { status = "ready", activeSilos = oracle.GetApproximateSiloStatuses(onlyActive: true).Count })
                : Results.Json(new { status = oracle.CurrentStatus.ToString().ToLowerInvariant() }, statusCode: StatusCodes.Status503ServiceUnavailable));
        // Activations on this silo by grain type: shows at a glance (and to tests) whether a silo takes grains.
        // Operators only, like the dashboard; health, readiness and metrics stay open for probes and scrapers.
        app.MapGet("/stats", async (IGrainFactory grains, ILocalSiloDetails local) =>
        {
            var stats = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics([local.SiloAddress]);
            return Results.Ok(new
            {
                silo = local.SiloAddress.ToString(),
                activations = stats.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)),
            });
        }).RequireAdminLogin();
        app.MapOrleansDashboard("/dashboard").RequireAdminLogin();
        app.MapMetrics();
        return app;
    }
}
