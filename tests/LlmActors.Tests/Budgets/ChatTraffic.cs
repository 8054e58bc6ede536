using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LlmActors.Tests.Budgets;

/// <summary>
/// The one request the budget tests send (embedded and cluster): the simulator answers it deterministically, so
/// every admitted request uses the same tokens. A connection lost mid-request (a killed process) is an outcome too.
/// </summary>
public static class ChatTraffic
{
    private const string Body = """{"model":"sim-small","max_tokens":16,"messages":[{"role":"user","content":"Where is my parcel?"}]}""";

    public static async Task<ChatOutcome> SendAsync(HttpClient client, CancellationToken cancellationToken, string? user = null)
    {
        var body = user is null ? Body : Body.Replace("\"max_tokens\"", $"\"user\":\"{user}\",\"max_tokens\"", StringComparison.Ordinal);
        try
        {
            using var response = await client.PostAsync("/v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return response.StatusCode == HttpStatusCode.OK
                ? new ChatOutcome(response.StatusCode, json.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt64(),
                    decimal.Parse(response.Headers.GetValues("x-llmactors-cost-usd").Single(), CultureInfo.InvariantCulture), null, 0)
                : new ChatOutcome(response.StatusCode, 0, 0, json.RootElement.GetProperty("error").GetProperty("code").GetString(),
                    response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ChatOutcome(HttpStatusCode.BadGateway, 0, 0, e.GetType().Name, 0);
        }
    }
}
