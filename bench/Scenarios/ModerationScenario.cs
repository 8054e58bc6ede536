using System.Net;
using LlmActors.Bench.Moderation;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// The moderation cascade on the labelled set, against the simulator at its realistic latencies:
/// 1. one evaluation with the default policy (each model scores each item once) and the issue's bar checked on it;
/// 2. the sweep's thresholds fitted on the even-numbered items and checked on the odd ones (held out);
/// 3. the live route, <c>POST /v1/moderations</c>, once per item, to show the fast-path share and cost hold there.
/// Figures describe the simulator's models, not real ones. Options: <c>--set path</c>, <c>--concurrency N</c>.
/// </summary>
public static class ModerationScenario
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var items = LabelledSet.Load(options.Extra.GetValueOrDefault("set"));
        await using var gateway = await GatewayProcess.StartAsync(new Dictionary<string, string> { ["Simulator__LatencyScale"] = "1" });
        using var client = gateway.Client(await gateway.CreateProjectKeyAsync("bench-moderation"));
        client.Timeout = TimeSpan.FromMinutes(10);

        var full = await EvaluateAsync(client, items, null);
        CascadeReport.Print("evaluation, default policy", full);
        var passed = CascadeReport.CheckBar(full);
        CascadeReport.PrintSweep(full);

        var fit = await EvaluateAsync(client, [.. items.Where((_, i) => i % 2 == 0)], null);
        if (fit.GetProperty("sweep").GetProperty("suggested") is { ValueKind: JsonValueKind.Object } suggested)
        {
            var held = await EvaluateAsync(client, [.. items.Where((_, i) => i % 2 == 1)], suggested);
            CascadeReport.Print("held-out half, thresholds fitted on the other half", held);
            CascadeReport.CheckBar(held);
        }

        await LiveAsync(client, items, Math.Min(options.Concurrency, 32));
        Console.WriteLine(passed ? "moderation bar: PASS" : "moderation bar: FAIL");
        return passed ? 0 : 1;
    }

    private static async Task<JsonElement> EvaluateAsync(HttpClient client, IReadOnlyList<JsonElement> items, JsonElement? thresholds)
    {
        object body = thresholds is { } t
            ? new { items, allowBelow = t.GetProperty("allowBelow").GetDouble(), blockAbove = t.GetProperty("blockAbove").GetDouble() }
            : new { items };
        using var response = await client.PostAsJsonAsync("/v1/moderations/evaluate", body);
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(text).RootElement
            : throw new InvalidOperationException($"evaluate answered {(int)response.StatusCode}: {text}");
    }

    private static async Task LiveAsync(HttpClient client, IReadOnlyList<JsonElement> items, int concurrency)
    {
        var results = new JsonElement[items.Count];
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            using var response = await client.PostAsJsonAsync("/v1/moderations", new { input = items[i].GetProperty("input").GetString() }, ct);
            response.EnsureSuccessStatusCode();
            results[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("results")[0].GetProperty("llmactors").Clone();
        });
        var fast = results.Count(r => r.GetProperty("stage").GetString() == "fast");
        var correct = results.Where((r, i) => (r.GetProperty("decision").GetString() == "block") == items[i].GetProperty("flagged").GetBoolean()).Count();
        var latencies = results.Select(r => r.GetProperty("latencyMs").GetDouble()).Order().ToArray();
        Console.WriteLine($"== live POST /v1/moderations, {items.Count} requests, {concurrency} at a time, {wall.Elapsed.TotalSeconds:F1} s: " +
            $"fast path {(double)fast / items.Count:P1}, accuracy {(double)correct / items.Count:P1}, cost {results.Sum(r => r.GetProperty("costUsd").GetDecimal()):F6} USD, " +
            $"decision latency avg {latencies.Average():F0} ms, p50 {latencies[latencies.Length / 2]:F0} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F0} ms");
    }
}
