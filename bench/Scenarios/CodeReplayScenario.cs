using System.Collections.Concurrent;
using System.Globalization;
using LlmActors.Bench.Code;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// Code completion replay: editing sessions over this repository's own .cs files, played in real time by
/// concurrent editors against the gateway with the simulator's sim-code profile (≈250 ms to the first token,
/// 150 tokens/s, 5% slow tail of +6 s). The same sessions (same seed) run twice, each on a fresh gateway:
/// ON = prefetch + cache + streaming + 3 s hard timeout + 1 s first-token hedge (the defaults), OFF = all of them
/// off; with <c>--mode all</c> also ON without the hedge, to show what the timeout alone does with the slow tail.
/// </summary>
public static class CodeReplayScenario
{
    private static readonly Dictionary<string, string> Off = new()
    {
        ["Code__Prefetch"] = "false",
        ["Code__Cache"] = "false",
        ["Code__Streaming"] = "false",
        ["Code__HardTimeout"] = "00:00:00",
    };

    public static async Task RunAsync(BenchOptions options)
    {
        var sessions = Int(options, "sessions", 80);
        var editors = Int(options, "editors", 8);
        var seed = Int(options, "seed", 1);
        var mode = options.Extra.GetValueOrDefault("mode", "both");
        var files = SourceFile.FromRepository(GatewayProcess.RepoRoot());
        Console.WriteLine($"# code replay: {sessions} sessions (seed {seed}) over {files.Count} .cs files of this repository, {editors} editors at once, " +
            $"debounce {TypingSession.DebounceMs} ms, simulator latency scale 1 (sim-code profile with its slow tail)");

        var summaries = new List<ReplaySummary>();
        if (mode is "both" or "all" or "on")
        {
            summaries.Add(await RunModeAsync("ON", [], stream: true, files, sessions, editors, seed));
        }

        if (mode is "all")
        {
            // ON without hedging the slow tail: the code model keeps its stream until the model layer's 5 s first-token limit.
            summaries.Add(await RunModeAsync("ON-nohedge", new() { ["Code__FirstTokenTimeout"] = "00:00:00" }, stream: true, files, sessions, editors, seed));
        }

        if (mode is "both" or "all" or "off")
        {
            summaries.Add(await RunModeAsync("OFF", Off, stream: false, files, sessions, editors, seed));
        }

        Console.WriteLine();
        Console.WriteLine(ReplaySummary.Header);
        summaries.ForEach(Console.WriteLine);
        foreach (var s in summaries)
        {
            var (bar, met) = s.Mode.StartsWith("ON", StringComparison.Ordinal) ? ("P99 < 3000 ms", s.P99Ms < 3000) : ("P99 > 5000 ms", s.P99Ms > 5000);
            Console.WriteLine($"{s.Mode}: seed's bar {bar}: {(met ? "met" : "NOT met")} (P99 {s.P99Ms:F0} ms)");
        }
    }

    private static async Task<ReplaySummary> RunModeAsync(
        string mode, Dictionary<string, string> code, bool stream, IReadOnlyList<SourceFile> files, int sessions, int editors, int seed)
    {
        var settings = new Dictionary<string, string>(code) { ["Simulator__LatencyScale"] = "1" };
        await using var gateway = await GatewayProcess.StartAsync(settings);
        var key = await gateway.CreateProjectKeyAsync("bench-code");
        using var http = gateway.Client(key);
        var results = new ConcurrentBag<AskResult>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, sessions), new ParallelOptions { MaxDegreeOfParallelism = editors }, async (index, _) =>
        {
            var (path, actions) = TypingSession.Create(files, (seed * 100_003) + index);
            // One editor per session: its own workspace prefix, as a plugin sends absolute paths.
            var ide = new IdeClient(http, $"ws{index}/{path}", stream);
            foreach (var result in await SessionPlayer.PlayAsync(ide, actions))
            {
                results.Add(result);
            }
        });

        var summary = ReplaySummary.From(mode, results);
        Console.WriteLine($"{mode}: {summary.Requests} requests in {clock.Elapsed.TotalSeconds:F0} s; gateway stats: {await http.GetStringAsync("/v1/code/stats")}");
        return summary;
    }

    private static int Int(BenchOptions options, string name, int fallback) =>
        options.Extra.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
