using System.Text;
using LlmActors.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Silo.Hosting;

/// <summary>
/// Operator pages (the Orleans Dashboard, a silo's <c>/stats</c>) take the admin key, <c>Auth:AdminKey</c>: as the
/// password of HTTP Basic with any user name, so a browser can log in, or as <c>Authorization: Bearer</c> for
/// scripts. Anything else, a project key included, gets 401 with a Basic challenge. Shared by the silo's HTTP port
/// and the embedded API host, so both guard their pages the same way.
/// </summary>
public static class AdminLogin
{
    public const string ConfigurationKey = "Auth:AdminKey";
    public const string Challenge = "Basic realm=\"LlmActors\"";

    /// <summary>
    /// Wraps every endpoint of <paramref name="builder"/> (for the dashboard: its pages, static assets and data API)
    /// so the check runs whatever middleware the host has, before the endpoint's own code.
    /// </summary>
    public static TBuilder RequireAdminLogin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException($"{endpoint.DisplayName} has no request delegate.");
            var configuration = endpoint.ApplicationServices.GetRequiredService<IConfiguration>();
            endpoint.RequestDelegate = context => IsAdmin(context.Request, configuration[ConfigurationKey]) ? inner(context) : RefuseAsync(context.Response);
        });
        return builder;
    }

    public static bool IsAdmin(HttpRequest request, string? adminKey) =>
        // No key configured means nobody gets in, never everybody.
        !string.IsNullOrEmpty(adminKey) && Presented(request) is { } presented && ApiKeys.SecretsEqual(presented, adminKey);

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? credentials[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Task RefuseAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = Challenge;
        // The OpenAI error shape of the API, so scripts read one error format everywhere.
        return response.WriteAsJsonAsync(new
        {
            error = new
            {
                message = "Log in with the admin key: HTTP Basic with the key as the password, or 'Authorization: Bearer <admin key>'.",
                type = "authentication_error",
                param = (string?)null,
                code = "invalid_api_key",
            },
        });
    }
}
