using System.Globalization;

namespace LlmActors.Bench.Scenarios.Support;

/// <summary>The replay's figures: cost against the all-strongest baseline, cache hit rate (and wrong-topic hits), latency.</summary>
public static class ReplayReport
{
    public static void Print(IReadOnlyList<ReplayConversation> traffic, IReadOnlyList<ReplayTurn> routed, IReadOnlyList<ReplayTurn> baseline)
    {
        var topicOf = traffic.Where(c => c.Topic is not null).GroupBy(c => c.Messages[0]).ToDictionary(g => g.Key, g => g.First().Topic);
        var hits = routed.Where(t => t.Cache == "hit").ToList();
        var wrong = hits.Count(h => h.MatchedQuestion is { } q && topicOf.TryGetValue(q, out var topic) && topic != h.Topic);
        var faq = routed.Where(t => t.Topic is not null).ToList();
        foreach (var h in hits.Where(h => h.MatchedQuestion is { } q && topicOf.TryGetValue(q, out var topic) && topic != h.Topic).DistinctBy(h => (h.Topic, h.MatchedQuestion)))
        {
            Console.WriteLine($"wrong-topic hit: a {h.Topic} question ('{h.Message}') served the answer to '{h.MatchedQuestion}' ({topicOf[h.MatchedQuestion!]})");
        }

        var (routedCost, baselineCost) = (routed.Sum(t => t.CostUsd), baseline.Sum(t => t.CostUsd));

        Console.WriteLine("| | routed (tiers + cache) | all on the strongest model |");
        Console.WriteLine("|---|---|---|");
        Row("messages answered", $"{routed.Count(t => t.Ok)} / {routed.Count}", $"{baseline.Count(t => t.Ok)} / {baseline.Count}");
        Row("cost (USD)", $"{routedCost:0.0000}", $"{baselineCost:0.0000}");
        Row("cost ratio", $"{(baselineCost == 0 ? 0 : routedCost / baselineCost):P1}", "100%");
        Row("cache hit rate (all messages)", $"{(double)hits.Count / routed.Count:P1}", "-");
        Row("cache hit rate (FAQ messages)", $"{(double)faq.Count(t => t.Cache == "hit") / faq.Count:P1}", "-");
        Row("hits on another topic", $"{wrong} of {hits.Count}", "-");
        Row("P50 latency (ms)", $"{Percentile(routed, 0.50):0}", $"{Percentile(baseline, 0.50):0}");
        Row("P95 latency (ms)", $"{Percentile(routed, 0.95):0}", $"{Percentile(baseline, 0.95):0}");
        Row("P99 latency (ms)", $"{Percentile(routed, 0.99):0}", $"{Percentile(baseline, 0.99):0}");
        var tiers = string.Join(", ", routed.GroupBy(t => t.Tier).OrderBy(g => g.Key).Select(g => $"{g.Key} {(double)g.Count() / routed.Count:P0}"));
        Row("tiers", tiers, "complex 100%");
        Row("FAQ messages on the cheap tier", $"{(double)faq.Count(t => t.Tier == "simple") / faq.Count:P1}", "-");
    }

    private static double Percentile(IReadOnlyList<ReplayTurn> turns, double p)
    {
        var sorted = turns.Select(t => t.LatencyMs).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    private static void Row(string name, FormattableString routed, FormattableString baseline) =>
        Console.WriteLine($"| {name} | {routed.ToString(CultureInfo.InvariantCulture)} | {baseline.ToString(CultureInfo.InvariantCulture)} |");

    private static void Row(string name, string routed, string baseline) => Console.WriteLine($"| {name} | {routed} | {baseline} |");
}
