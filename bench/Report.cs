namespace LlmActors.Bench;

public static class Report
{
    /// <summary>Medians over rounds of direct vs through, and the gateway's added latency.</summary>
    public static void Overhead(string label, IReadOnlyList<(LoadResult Direct, LoadResult Through)> rounds)
    {
        var p50 = Median(rounds.Select(r => r.Through.P50Ms - r.Direct.P50Ms));
        var p90 = Median(rounds.Select(r => r.Through.P90Ms - r.Direct.P90Ms));
        var p99 = Median(rounds.Select(r => r.Through.P99Ms - r.Direct.P99Ms));
        var rpsDirect = Median(rounds.Select(r => r.Direct.Rps));
        var rpsThrough = Median(rounds.Select(r => r.Through.Rps));
        Console.WriteLine($"== {label}: added latency (median of {rounds.Count} rounds) p50 {p50:F3} ms, p90 {p90:F3} ms, p99 {p99:F3} ms; " +
            $"throughput direct {rpsDirect:F0} rps, gateway {rpsThrough:F0} rps ({rpsThrough / rpsDirect:P0} of direct)");
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
