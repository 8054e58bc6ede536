namespace LlmActors.Bench;

/// <summary>Command-line knobs shared by the scenarios: <c>--rate --seconds --warmup --concurrency --rounds</c>.</summary>
public sealed record BenchOptions(int Rate, TimeSpan Duration, TimeSpan Warmup, int Concurrency, int Rounds, IReadOnlyDictionary<string, string> Extra)
{
    public static BenchOptions Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                values[pending] = "true";
            }
            else if (pending is not null)
            {
                values[pending] = arg;
                pending = null;
            }
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(Int("rate", 500), TimeSpan.FromSeconds(Int("seconds", 15)), TimeSpan.FromSeconds(Int("warmup", 5)),
            Int("concurrency", 64), Int("rounds", 3), values);
    }
}
