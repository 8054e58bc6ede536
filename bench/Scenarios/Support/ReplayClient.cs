namespace LlmActors.Bench.Scenarios.Support;

/// <summary>Sends one replay message through the support endpoint and reads how it was routed.</summary>
public static class ReplayClient
{
    public static async Task<ReplayTurn> SupportAsync(HttpClient client, ReplayConversation conversation, int turn)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsJsonAsync($"/v1/support/conversations/{conversation.Id}/messages", new { message = conversation.Messages[turn] });
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            return new ReplayTurn(conversation.Topic, conversation.Messages[turn], latency, 0, "", "", null, false);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reason = body.GetProperty("reason").GetString() ?? "";
        return new ReplayTurn(conversation.Topic, conversation.Messages[turn], latency, body.GetProperty("costUsd").GetDecimal(), body.GetProperty("tier").GetString()!,
            body.GetProperty("cache").GetString()!, Matched(reason), true);
    }

    // The reason names the cached question a hit was served from: "... similar to '<question>'" or "same question as '<question>'".
    private static string? Matched(string reason)
    {
        var start = reason.LastIndexOf(" '", StringComparison.Ordinal);
        return start < 0 || !reason.EndsWith('\'') ? null : reason[(start + 2)..^1];
    }
}
