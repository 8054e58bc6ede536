using LlmActors.Bench;
using LlmActors.Bench.Scenarios;

// dotnet run -c Release --project bench -- <scenario> [--rate N --seconds N --warmup N --concurrency N --rounds N]
// code scenario: [--sessions N --editors N --seed N --mode both|all|on|off]
var scenario = args.FirstOrDefault() ?? "help";
var options = BenchOptions.Parse(args.Skip(1));
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:u}");
switch (scenario)
{
    case "overhead":
        await OverheadScenario.RunAsync(options);
        break;
    case "stream":
        await StreamScenario.RunAsync(options);
        break;
    case "cache-hit":
        await CacheHitScenario.RunAsync(options);
        break;
    case "soak":
        await SoakScenario.RunAsync(options);
        break;
    case "budget":
        await BudgetScenario.RunAsync(options);
        break;
    case "cache-eval":
        CacheEvalScenario.Run(options);
        break;
    case "cache-perf":
        CachePerfScenario.Run(options);
        break;
    case "support-replay":
        await SupportReplayScenario.RunAsync(options);
        break;
    case "code":
        await CodeReplayScenario.RunAsync(options);
        break;
    case "moderation":
        Environment.ExitCode = await ModerationScenario.RunAsync(options);
        break;
    default:
        Console.WriteLine("scenarios: overhead, stream, cache-hit, soak, budget, cache-eval, cache-perf, support-replay, code, moderation");
        break;
}
