using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace LlmActors.Tests.ModelSim;

/// <summary>Raw HTTP against the simulator, for the parts of the surface the SDK does not expose (n, legacy completions, service_tier).</summary>
public static class SimHttp
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Posts a JSON body and returns the 200 answer.</summary>
    public static async Task<JsonElement> PostAsync(this SimulatorHost host, string route, string body)
    {
        using var client = host.Http();
        var response = await client.PostAsync($"/sim/v1/{route}", new StringContent(body, Encoding.UTF8, "application/json"), Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts a streaming body; returns every event's JSON and whether the stream ended with [DONE].</summary>
    public static async Task<(List<JsonElement> Events, bool Done)> StreamAsync(this SimulatorHost host, string route, string body)
    {
        using var client = host.Http();
        using var response = await client.PostAsync($"/sim/v1/{route}", new StringContent(body, Encoding.UTF8, "application/json"), Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<JsonElement>();
        var done = false;
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync(Token)).EnumerateAsync(Token))
        {
            if (item.Data == "[DONE]")
            {
                done = true;
                continue;
            }

            Assert.False(done, "nothing may follow [DONE]");
            events.Add(JsonDocument.Parse(item.Data).RootElement.Clone());
        }

        return (events, done);
    }

    /// <summary>Asserts that <paramref name="json"/> validates against <paramref name="schema"/> (an independent JSON-schema validator).</summary>
    public static void Satisfies(string schema, string json)
    {
        var result = JsonSchema.FromText(schema).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{json} does not satisfy the schema: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
    }
}
