using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Reliability.Routes;

/// <summary>The routes a running API host has mapped, as "METHOD /template" (the Orleans Dashboard's own routes left out).</summary>
public static class RouteMap
{
    public static IReadOnlySet<string> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !Normalize(raw).StartsWith("/dashboard", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();

    public static string Key(ApiRoute route) => $"{route.Method} {route.Template}";

    /// <summary>Whether <paramref name="mapped"/> serves the route (some, like /metrics, are mapped for every method).</summary>
    public static bool Serves(this IReadOnlySet<string> mapped, ApiRoute route) =>
        mapped.Contains(Key(route)) || mapped.Contains($"* {route.Template}");

    /// <summary>Whether a mapped "METHOD /template" is in the table.</summary>
    public static bool Lists(this IReadOnlyList<ApiRoute> routes, string mapped) =>
        routes.Any(r => Key(r) == mapped || (mapped.StartsWith("* ", StringComparison.Ordinal) && r.Template == mapped[2..]));

    private static string Normalize(string template) => "/" + template.Trim('/');
}
