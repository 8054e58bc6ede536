using LlmActors.Silo.Hosting;
using LlmActors.Silo.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace LlmActors.Silo;

/// <summary>A silo process: grains, plus the dashboard, health and metrics on its HTTP port (<c>--urls</c>).</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseOrleans(silo => silo.AddLlmActorsSilo(builder.Configuration));
        builder.AddSiloOperations();
        builder.AddLlmActorsTelemetry("llmactors-silo");

        var app = builder.Build();
        app.MapSiloOperations();
        // Orleans reads its queries from the database as it starts, so the schema must be there first.
        await app.Services.MigrateSchemaAsync(app.Configuration, app.Lifetime.ApplicationStopping);
        await app.RunAsync();
    }
}
