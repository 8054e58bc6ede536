using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Idempotency;

/// <summary>One request under an idempotency key, as the client saw it.</summary>
public sealed record KeyedCall(HttpStatusCode Status, string Body, string? ContentType, bool Replayed, string? Model, string? ErrorCode)
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<KeyedCall> SendAsync(HttpClient client, string path, string json, string? key, string header = "idempotency-key")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add(header, key);
        }

        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        string? code = null;
        if (!response.IsSuccessStatusCode)
        {
            using var error = JsonDocument.Parse(body);
            code = error.RootElement.GetProperty("error").GetProperty("code").GetString();
        }

        return new KeyedCall(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType,
            response.Headers.TryGetValues("idempotent-replayed", out var replayed) && replayed.Single() == "true",
            response.Headers.TryGetValues("x-llmactors-model", out var model) ? model.Single() : null, code);
    }

    public static string Chat(string content, bool stream = false) =>
        JsonSerializer.Serialize(new { model = "sim-small", max_tokens = 16, stream, messages = new[] { new { role = "user", content } } });
}
