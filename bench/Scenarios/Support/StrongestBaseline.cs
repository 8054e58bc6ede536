using System.Collections.Concurrent;
using System.Globalization;

namespace LlmActors.Bench.Scenarios.Support;

/// <summary>
/// The seed's setup: every message on the strongest model through chat completions, each conversation's
/// earlier messages and answers sent as history and the same output cap for the message's script, as the support
/// endpoint does.
/// </summary>
public sealed class StrongestBaseline(HttpClient client, string systemPrompt, LlmActors.Grains.Support.SupportOptions support)
{
    public const string Model = "sim-large";

    private readonly ConcurrentDictionary<string, List<object>> _histories = new();

    private int MaxTokens(string message, int turn) =>
        support.MaxOutputTokensFor(message, LlmActors.Grains.Support.CacheabilityRule.Check(message, turn).Cacheable);

    public async Task<ReplayTurn> SendAsync(ReplayConversation conversation, int turn)
    {
        var history = _histories.GetOrAdd(conversation.Id, _ => [new { role = "system", content = systemPrompt }]);
        history.Add(new { role = "user", content = conversation.Messages[turn] });
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsJsonAsync("/v1/chat/completions", new { model = Model, messages = history, max_tokens = MaxTokens(conversation.Messages[turn], turn) });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            return new ReplayTurn(conversation.Topic, conversation.Messages[turn], latency, 0, "", "", null, false);
        }

        history.Add(new { role = "assistant", content = body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() });
        var cost = decimal.Parse(response.Headers.GetValues("x-llmactors-cost-usd").First(), CultureInfo.InvariantCulture);
        return new ReplayTurn(conversation.Topic, conversation.Messages[turn], latency, cost, "complex", "bypass", null, true);
    }
}
