using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using LlmActors.Silo.Hosting;

namespace LlmActors.Api.Hosting;

/// <summary>Prints where the API listens and, when it made one, the admin key.</summary>
public static class StartupBanner
{
    public static WebApplication PrintBannerOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var auth = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
            var url = addresses.FirstOrDefault() ?? "(unknown)";
            var mode = app.Configuration.IsClusterMode() ? "cluster (PostgreSQL)" : "embedded";
            Console.WriteLine($"LlmActors API ({mode}) listening on {string.Join(", ", addresses)}");
            Console.WriteLine($"  OpenAI base URL: {url}/v1");
            if (!app.Configuration.IsClusterMode())
            {
                Console.WriteLine($"  Dashboard:       {url}/dashboard (any user name, the admin key as password)");
            }

            if (auth.AdminKeyGenerated)
            {
                Console.WriteLine($"  Admin key (generated, set Auth:AdminKey to fix it): {auth.AdminKey}");
            }
        });
        return app;
    }
}
