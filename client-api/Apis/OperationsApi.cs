using LlmActors.Silo.Hosting;
using Orleans.Dashboard;
using Orleans.Runtime;

namespace LlmActors.Api.Apis;

/// <summary>Health, readiness and (embedded) the Orleans Dashboard.</summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" })).ExcludeFromDescription();
        app.MapGet("/readyz", Ready).ExcludeFromDescription();
        if (!configuration.IsClusterMode())
        {
            // It shows every project's grain state: the admin key only, checked as on a silo's HTTP port.
            app.MapOrleansDashboard("/dashboard").RequireAdminLogin();
        }

        return app;
    }

    public static async Task<Results<Ok<ReadyStatus>, JsonHttpResult<OpenAiError>>> Ready(IClusterClient client, CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return TypedResults.Ok(new ReadyStatus("ready", hosts.Count));
        }
        catch (Exception e) when (ClusterFailures.IsUnavailable(e) || e is OrleansException)
        {
            return ApiErrors.Unavailable();
        }
    }

    public sealed record ReadyStatus(string Status, int ActiveSilos);
}
