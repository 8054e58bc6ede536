using System.Net.ServerSentEvents;
using System.Text.Json;

namespace LlmActors.Tests.Doors;

/// <summary>A typed event stream (Responses, Anthropic) as a client reads it: each event's name and its JSON.</summary>
public static class SseEvents
{
    public static async Task<List<(string Name, JsonElement Data)>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var events = new List<(string, JsonElement)>();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            using var json = JsonDocument.Parse(item.Data);
            events.Add((item.EventType, json.RootElement.Clone()));
        }

        return events;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json, CancellationToken cancellationToken, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }
}
