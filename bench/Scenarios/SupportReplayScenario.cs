using System.Globalization;
using LlmActors.Bench.Scenarios.Support;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// A customer-service day in miniature through the real API with the simulator's latencies and prices:
/// the same generated traffic once through the support endpoint (tiered routing + cache) and once with
/// every message on the strongest model, compared on cost, cache hit rate and latency.
/// <c>--conversations N --complex F --concurrency N --seed N</c>.
/// </summary>
public static class SupportReplayScenario
{
    private static readonly string SystemPrompt = new LlmActors.Grains.Support.SupportOptions().SystemPrompt;

    public static async Task RunAsync(BenchOptions options)
    {
        var count = Extra(options, "conversations", 500);
        var complexShare = Extra(options, "complex", 5) / 100.0;
        var traffic = new SupportTraffic(Extra(options, "seed", 42)).Generate(count, complexShare);
        var messages = traffic.Sum(c => c.Messages.Count);
        var faqMessages = traffic.Where(c => c.Topic is not null).Sum(c => c.Messages.Count);
        Console.WriteLine($"# support replay: {traffic.Count} conversations, {messages} messages, {faqMessages * 100.0 / messages:0.#}% FAQ-like, {options.Concurrency} at once");

        await using var gateway = await GatewayProcess.StartAsync(new Dictionary<string, string> { ["Simulator__LatencyScale"] = "1" });
        var routedClient = gateway.Client(await gateway.CreateProjectKeyAsync("replay-routed"));
        var baselineClient = gateway.Client(await gateway.CreateProjectKeyAsync("replay-baseline"));

        var routed = await ReplayRun.PlayAsync(traffic, options.Concurrency, (c, turn) => ReplayClient.SupportAsync(routedClient, c, turn));
        var strongest = new StrongestBaseline(baselineClient, SystemPrompt, new LlmActors.Grains.Support.SupportOptions());
        var baseline = await ReplayRun.PlayAsync(traffic, options.Concurrency, strongest.SendAsync);
        ReplayReport.Print(traffic, routed, baseline);
    }

    private static int Extra(BenchOptions options, string name, int fallback) =>
        options.Extra.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
