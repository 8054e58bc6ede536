using System.Net;
using System.Text;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// Streaming: time to the first content chunk, straight from the simulator (zero latency) and through the
/// gateway. The difference is everything the gateway does before the client sees text: key check, budget
/// reservation, grain call, opening the upstream stream and relaying its first chunk.
/// </summary>
public static class StreamScenario
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var gateway = await GatewayProcess.StartOrAttachAsync(options);
        var key = await gateway.CreateProjectKeyAsync("bench-stream");
        using var direct = gateway.SimulatorClient();
        using var through = gateway.Client(key);
        var body = Encoding.UTF8.GetBytes(
            """{"model":"sim-small","stream":true,"stream_options":{"include_usage":true},"max_tokens":32,"messages":[{"role":"user","content":"Tell me about your delivery options."}]}""");
        var rate = options.Extra.ContainsKey("rate") ? options.Rate : 200;
        Console.WriteLine($"# stream: first content chunk at {rate} rps paced for {options.Duration.TotalSeconds:F0} s; {options.Rounds} rounds");
        var added = new List<double>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var directFirst = new LatencyRecorder();
            var throughFirst = new LatencyRecorder();
            var d = await LoadGenerator.OpenLoopAsync("direct stream (whole)", ct => FirstChunk(direct, "/sim/v1/chat/completions", body, directFirst, ct), rate, options.Duration, options.Warmup);
            var t = await LoadGenerator.OpenLoopAsync("gateway stream (whole)", ct => FirstChunk(through, "/v1/chat/completions", body, throughFirst, ct), rate, options.Duration, options.Warmup);
            Console.WriteLine($"{d}\n{t}");
            Console.WriteLine($"first chunk: direct p50 {directFirst.PercentileMs(50):F3} ms p99 {directFirst.PercentileMs(99):F3} ms; " +
                $"gateway p50 {throughFirst.PercentileMs(50):F3} ms p99 {throughFirst.PercentileMs(99):F3} ms");
            added.Add(throughFirst.PercentileMs(50) - directFirst.PercentileMs(50));
        }

        added.Sort();
        Console.WriteLine($"== stream: gateway's added delay to the first chunk, median of {added.Count} rounds: p50 {added[added.Count / 2]:F3} ms");
    }

    /// <summary>Reads the stream to its end; records when the first content delta arrived.</summary>
    private static async Task<bool> FirstChunk(HttpClient client, string path, byte[] body, LatencyRecorder first, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var seen = false;
        var done = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!seen && line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal))
            {
                first.Record(Stopwatch.GetElapsedTime(started));
                seen = true;
            }

            done |= line == "data: [DONE]";
        }

        return seen && done;
    }
}
