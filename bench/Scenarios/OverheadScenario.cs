using System.Net;
using System.Text;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// Gateway overhead: the same chat request sent straight to the simulator (zero latency) and through the
/// gateway (key check, budget, grain call, OpenAI SDK call to the simulator), paced at a fixed rate and at
/// saturation. Both targets live in the one API process, so the difference is the gateway's own work.
/// </summary>
public static class OverheadScenario
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var gateway = await GatewayProcess.StartOrAttachAsync(options);
        var key = await gateway.CreateProjectKeyAsync("bench");
        await BudgetOn(gateway);
        using var direct = gateway.SimulatorClient();
        using var through = gateway.Client(key);
        var body = Encoding.UTF8.GetBytes(
            """{"model":"sim-small","max_tokens":16,"messages":[{"role":"user","content":"Where is my parcel? It was due yesterday."}]}""");

        Task<bool> Direct(CancellationToken ct) => Post(direct, "/sim/v1/chat/completions", body, ct);
        Task<bool> Through(CancellationToken ct) => Post(through, "/v1/chat/completions", body, ct);

        if (options.Extra.TryGetValue("profile", out var seconds))
        {
            // Load only the gateway, for dotnet-trace / dotnet-counters attached to the printed process id.
            Console.WriteLine($"gateway pid {gateway.ProcessId}: loading it for {seconds} s with {options.Concurrency} callers");
            Console.WriteLine(await LoadGenerator.ClosedLoopAsync("gateway (profiling)", Through, options.Concurrency, TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), options.Warmup));
            return;
        }

        Console.WriteLine($"# overhead: {options.Rate} rps paced for {options.Duration.TotalSeconds:F0} s, then saturation with {options.Concurrency} callers; {options.Rounds} rounds");
        var paced = new List<(LoadResult Direct, LoadResult Through)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var (d, directCpu) = await Measured(gateway, (long)(options.Rate * options.Warmup.TotalSeconds), () => LoadGenerator.OpenLoopAsync($"direct to simulator @{options.Rate}", Direct, options.Rate, options.Duration, options.Warmup));
            var (t, throughCpu) = await Measured(gateway, (long)(options.Rate * options.Warmup.TotalSeconds), () => LoadGenerator.OpenLoopAsync($"through gateway @{options.Rate}", Through, options.Rate, options.Duration, options.Warmup));
            Console.WriteLine($"{d}  cpu {directCpu:F0} us/req");
            Console.WriteLine($"{t}  cpu {throughCpu:F0} us/req");
            Console.WriteLine($"   gateway's own CPU per request: {throughCpu - directCpu:F0} us");
            paced.Add((d, t));
        }

        Report.Overhead("paced", paced);

        var saturated = new List<(LoadResult Direct, LoadResult Through)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var d = await LoadGenerator.ClosedLoopAsync($"direct saturation x{options.Concurrency}", Direct, options.Concurrency, options.Duration, options.Warmup);
            var t = await LoadGenerator.ClosedLoopAsync($"gateway saturation x{options.Concurrency}", Through, options.Concurrency, options.Duration, options.Warmup);
            Console.WriteLine(d);
            Console.WriteLine(t);
            saturated.Add((d, t));
        }

        Report.Overhead("saturation", saturated);
        Console.WriteLine($"gateway process working set at end: {gateway.WorkingSetBytes() / 1024 / 1024} MiB");
    }

    /// <summary>Runs a paced load and returns it with the gateway process's CPU microseconds per request, warmup included in both.</summary>
    private static async Task<(LoadResult Result, double CpuMicrosPerRequest)> Measured(GatewayProcess gateway, long warmupRequests, Func<Task<LoadResult>> run)
    {
        var before = gateway.CpuTime();
        var result = await run();
        var used = gateway.CpuTime() - before;
        return (result, used.TotalMicroseconds / Math.Max(1, result.Requests + warmupRequests));
    }

    /// <summary>Turns budgets on for the bench project with limits it will never reach, so every request pays for the check.</summary>
    private static async Task BudgetOn(GatewayProcess gateway)
    {
        using var admin = gateway.Client(gateway.AdminKey);
        var response = await admin.PutAsJsonAsync("/admin/projects/bench/budget", new { dailyTokenLimit = 1_000_000_000_000L, dailyCostLimitUsd = 1_000_000m });
        Console.WriteLine(response.IsSuccessStatusCode ? "budget: on (limits far above the run)" : $"budget: route answered {(int)response.StatusCode}; running without a limit");
    }

    private static async Task<bool> Post(HttpClient client, string path, byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(path, content, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
