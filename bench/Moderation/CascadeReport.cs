using System.Globalization;

namespace LlmActors.Bench.Moderation;

/// <summary>Prints an evaluation answer and checks it against the issue's bar for the cascade.</summary>
public static class CascadeReport
{
    public static void Print(string title, JsonElement report)
    {
        var policy = report.GetProperty("policy");
        Console.WriteLine($"== {title}: {report.GetProperty("items").GetInt32()} items, allowBelow {policy.GetProperty("allowBelow").GetDouble()}, " +
            $"blockAbove {policy.GetProperty("blockAbove").GetDouble()}, fail mode {policy.GetProperty("failMode").GetString()}");
        Console.WriteLine($"   {"",-12}{"accuracy",10}{"false blk",11}{"miss",8}{"cost USD",12}{"avg ms",9}{"strong",8}");
        foreach (var name in new[] { "fastOnly", "strongOnly", "cascade" })
        {
            var m = report.GetProperty(name);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {name,-12}{m.GetProperty("accuracy").GetDouble(),10:P1}{m.GetProperty("falseBlockRate").GetDouble(),11:P1}" +
                $"{m.GetProperty("missRate").GetDouble(),8:P1}{m.GetProperty("costUsd").GetDecimal(),12:F6}" +
                $"{m.GetProperty("avgLatencyMs").GetDouble(),9:F0}{m.GetProperty("strongShare").GetDouble(),8:P1}"));
        }

        var unscored = report.GetProperty("unscored");
        Console.WriteLine($"   unscored: fast {unscored.GetProperty("fast").GetInt32()}, strong {unscored.GetProperty("strong").GetInt32()}; " +
            $"charged for the run {report.GetProperty("chargedUsd").GetDecimal():F6} USD");
    }

    /// <summary>The bar: cost ≤ 40% of strong-only, ≥ 85% on the fast path, accuracy within 0.5 points, false blocks no higher.</summary>
    public static bool CheckBar(JsonElement report)
    {
        var strong = report.GetProperty("strongOnly");
        var cascade = report.GetProperty("cascade");
        var costRatio = (double)(cascade.GetProperty("costUsd").GetDecimal() / Math.Max(1e-12m, strong.GetProperty("costUsd").GetDecimal()));
        var fastPath = 1 - cascade.GetProperty("strongShare").GetDouble();
        var accuracyGap = strong.GetProperty("accuracy").GetDouble() - cascade.GetProperty("accuracy").GetDouble();
        var falseBlocks = (Cascade: cascade.GetProperty("falseBlockRate").GetDouble(), Strong: strong.GetProperty("falseBlockRate").GetDouble());
        var checks = new (string What, bool Ok)[]
        {
            ($"cascade cost {costRatio:P1} of strong-only (bar <= 40%)", costRatio <= 0.40),
            ($"decided on the fast path {fastPath:P1} (bar >= 85%)", fastPath >= 0.85),
            ($"accuracy {accuracyGap * 100:F2} points below strong-only (bar <= 0.50)", accuracyGap <= 0.005 + 1e-9),
            ($"false blocks {falseBlocks.Cascade:P2} vs strong-only {falseBlocks.Strong:P2} (bar: no higher)", falseBlocks.Cascade <= falseBlocks.Strong + 1e-9),
        };
        foreach (var (what, ok) in checks)
        {
            Console.WriteLine($"   [{(ok ? "PASS" : "FAIL")}] {what}");
        }

        return checks.All(c => c.Ok);
    }

    public static void PrintSweep(JsonElement report)
    {
        var sweep = report.GetProperty("sweep");
        Console.WriteLine($"   sweep (target false-block rate {sweep.GetProperty("targetFalseBlockRate").GetDouble():P2}): frontier of {sweep.GetProperty("frontier").GetArrayLength()} pairs");
        foreach (var choice in sweep.GetProperty("frontier").EnumerateArray())
        {
            var m = choice.GetProperty("metrics");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     allowBelow {choice.GetProperty("allowBelow").GetDouble(),4:F2} blockAbove {choice.GetProperty("blockAbove").GetDouble(),4:F2}: " +
                $"accuracy {m.GetProperty("accuracy").GetDouble():P1}, false blocks {m.GetProperty("falseBlockRate").GetDouble():P1}, strong share {m.GetProperty("strongShare").GetDouble():P1}"));
        }

        Console.WriteLine(sweep.GetProperty("suggested") is { ValueKind: JsonValueKind.Object } s
            ? $"   suggested: allowBelow {s.GetProperty("allowBelow").GetDouble():F2}, blockAbove {s.GetProperty("blockAbove").GetDouble():F2}"
            : "   suggested: none meets the target");
    }
}
