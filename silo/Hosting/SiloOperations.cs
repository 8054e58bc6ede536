using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace LlmActors.Silo.Hosting;

/// <summary>The HTTP side of a silo process: health, readiness and the dashboard.</summary>
public static class SiloOperations
{
    public static IHostApplicationBuilder AddSiloOperations(this IHostApplicationBuilder builder)
    {
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
        app.MapGet("/stats", async (IGrainFactory grains, ILocalSiloDetails local) =>
        {
            var stats = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics([local.SiloAddress]);
            return Results.Ok(new
            {
                silo = local.SiloAddress.ToString(),
                activations = stats.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)),
            });
        });
        app.MapOrleansDashboard("/dashboard");
        app.MapMetrics();
        return app;
    }
}
