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
        app.MapGet("/readyz", (ISiloStatusOracle oracle) =>
        {
            var active = oracle.GetApproximateSiloStatuses(onlyActive: true).Count;
            return active > 0
                ? Results.Ok(new { status = "ready", activeSilos = active })
                : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapOrleansDashboard("/dashboard");
        app.MapMetrics();
        return app;
    }
}
