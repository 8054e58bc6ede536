using System.Text;

namespace LlmActors.Tests.Reliability.Routes;

/// <summary>Sends a route's valid request; runs the routes a route needs first.</summary>
public static class RouteRequests
{
    public static async Task<HttpResponseMessage> SendValidAsync(HttpClient client, ApiRoute route, RouteValues values, CancellationToken cancellationToken)
    {
        var path = values.Path(route) + (route.ValidQuery is { } q ? "?" + q : "");
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.ValidBody is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends the valid request of each of the route's seeds with <paramref name="client"/> (the key that owns the
    /// state); returns the values with what the seeds created (a response's id) filled in.
    /// </summary>
    public static async Task<RouteValues> SeedAsync(HttpClient client, ApiRoute route, RouteValues values, CancellationToken cancellationToken)
    {
        foreach (var seed in route.Seeds.Select(ApiRoutes.Named))
        {
            using var response = await SendValidAsync(client, seed, values, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"seeding {route.Name} with {seed.Name}: {(int)response.StatusCode} {body}");
            if (seed.Captures is { } parameter)
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                values = values.With(parameter, json.RootElement.GetProperty("id").GetString()!);
            }
        }

        return values;
    }
}
