using System.Net;
using System.Text;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// The cache-hit path through the API: a first-turn FAQ question sent with <c>model: "auto"</c> is answered
/// from the project's cache after its first miss, with no model call and no budget charge.
/// </summary>
public static class CacheHitScenario
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var gateway = await GatewayProcess.StartOrAttachAsync(options);
        using var client = gateway.Client(await gateway.CreateProjectKeyAsync("bench-cache"));
        var body = Encoding.UTF8.GetBytes("""{"model":"auto","messages":[{"role":"user","content":"What is your return policy?"}]}""");
        using (var warm = await Send(client, body))
        {
            Console.WriteLine($"first request: {(int)warm.StatusCode}, cache {Header(warm, "x-llmactors-cache")}");
        }

        using (var check = await Send(client, body))
        {
            if (Header(check, "x-llmactors-cache") != "hit")
            {
                throw new InvalidOperationException($"Expected a cache hit on the repeat, got '{Header(check, "x-llmactors-cache")}'.");
            }
        }

        Console.WriteLine($"# cache-hit: {options.Rate} rps paced for {options.Duration.TotalSeconds:F0} s, then saturation with {options.Concurrency} callers; {options.Rounds} rounds");
        Console.WriteLine("  floor = GET /healthz on the same gateway at the same rate: the machine's and HTTP stack's own latency, no key, grain or cache");
        var rounds = new List<(LoadResult Floor, LoadResult Hits)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var floor = await LoadGenerator.OpenLoopAsync($"floor (GET /healthz) @{options.Rate}", ct => Healthz(client, ct), options.Rate, options.Duration, options.Warmup);
            var hits = await LoadGenerator.OpenLoopAsync($"cache hits @{options.Rate}", ct => Hit(client, body, ct), options.Rate, options.Duration, options.Warmup);
            Console.WriteLine(floor);
            Console.WriteLine(hits);
            rounds.Add((floor, hits));
        }

        Console.WriteLine($"== cache-hit paced (median of {rounds.Count} rounds): p50 {Report.Median(rounds.Select(r => r.Hits.P50Ms)):F3} ms, " +
            $"p99 {Report.Median(rounds.Select(r => r.Hits.P99Ms)):F3} ms; floor p99 {Report.Median(rounds.Select(r => r.Floor.P99Ms)):F3} ms; " +
            $"above the floor p50 {Report.Median(rounds.Select(r => r.Hits.P50Ms - r.Floor.P50Ms)):F3} ms, p99 {Report.Median(rounds.Select(r => r.Hits.P99Ms - r.Floor.P99Ms)):F3} ms");
        Console.WriteLine(await LoadGenerator.ClosedLoopAsync($"cache hits x{options.Concurrency}", ct => Hit(client, body, ct), options.Concurrency, options.Duration, options.Warmup));
    }

    private static async Task<bool> Healthz(HttpClient client, CancellationToken ct)
    {
        using var response = await client.GetAsync("/healthz", ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> Hit(HttpClient client, byte[] body, CancellationToken ct)
    {
        using var response = await Send(client, body, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.StatusCode == HttpStatusCode.OK && Header(response, "x-llmactors-cache") == "hit";
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, byte[] body, CancellationToken ct = default)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await client.PostAsync("/v1/chat/completions", content, ct);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
