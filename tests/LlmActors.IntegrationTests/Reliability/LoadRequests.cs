using System.Text.Json;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>Turns one HTTP exchange into an <see cref="Attempt"/>: tokens from a success, the error shape checked on a failure.</summary>
public static class LoadRequests
{
    /// <param name="onSuccess">Reads what a success returned (a created key), for checks after the run.</param>
    public static async Task<Attempt> SendAsync(HttpClient client, HttpRequestMessage request, string operation, string project, Func<TimeSpan> now,
        CancellationToken cancellationToken, Action<string>? onSuccess = null)
    {
        var started = now();
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                onSuccess?.Invoke(body);
            }

            return response.IsSuccessStatusCode
                ? new Attempt(operation, project, started, now(), status, Tokens(body))
                : new Attempt(operation, project, started, now(), status, Problem: ErrorProblem(body) ?? Code(body));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Attempt(operation, project, started, now(), 0, Problem: e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>A chat completion for <paramref name="project"/>'s key.</summary>
    public static HttpRequestMessage Chat(string key, string model, string content, bool stream = false) =>
        new(HttpMethod.Post, "/v1/chat/completions")
        {
            Headers = { Authorization = new("Bearer", key) },
            Content = JsonContent.Create(new { model, stream, max_tokens = 48, messages = new[] { new { role = "user", content } } }),
        };

    private static long Tokens(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("usage", out var usage) && usage.TryGetProperty("total_tokens", out var total) ? total.GetInt64() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static string? ErrorProblem(string body) =>
        LlmActors.Tests.Reliability.Fuzz.ErrorShape.Problem(body) is { } problem ? $"not the OpenAI error shape ({problem}): {body[..Math.Min(body.Length, 200)]}" : null;

    private static string? Code(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
