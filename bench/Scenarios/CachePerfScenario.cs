using LlmActors.Caching;
using System.Diagnostics;
using System.Globalization;
using LlmActors.Grains.Caching;
using LlmActors.Grains.Embeddings;
using Microsoft.Extensions.Options;

namespace LlmActors.Bench.Scenarios;

/// <summary>Lookup latency of one cache (the grain's in-memory work) at 1k, 10k and 50k entries.</summary>
public static class CachePerfScenario
{
    private static readonly string[] Words =
    [
        "order", "return", "refund", "address", "invoice", "delivery", "coupon", "price", "password", "payment", "item",
        "how", "when", "where", "can", "i", "my", "the", "change", "cancel", "track", "package", "days", "shipping",
        "订单", "退货", "退款", "地址", "发票", "配送", "优惠", "价格", "密码", "支付", "怎么", "什么时候", "可以", "吗",
    ];

    public static void Run(BenchOptions options)
    {
        var dims = options.Extra.TryGetValue("dims", out var d) ? int.Parse(d, CultureInfo.InvariantCulture) : new EmbeddingOptions().Dimensions;
        var embedder = new LocalHashingEmbedder(Options.Create(new EmbeddingOptions { Dimensions = dims }));
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;
        Console.WriteLine($"dimensions {dims}");
        Console.WriteLine("| entries | p50 µs | p99 µs | max µs |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var size in new[] { 1_000, 10_000, 50_000 })
        {
            var index = new CacheIndex(dims, size);
            for (var i = 0; i < size; i++)
            {
                var text = Sentence(random) + " " + i.ToString(CultureInfo.InvariantCulture);
                index.Put(new CacheEntry { ExactKey = TextNormalizer.ExactKey(text), ExpiresAt = now.AddDays(1) }, embedder.Embed(text), now);
            }

            var queries = Enumerable.Range(0, 2_000).Select(_ => Sentence(random)).Select(t => (Key: TextNormalizer.ExactKey(t), Vector: embedder.Embed(t))).ToList();
            var timings = new List<double>(queries.Count);
            foreach (var (key, vector) in queries.Take(200))
            {
                index.Find(new CacheQuery(key, vector, "", [], 0.99f, []), vector, now);
            }

            foreach (var (key, vector) in queries)
            {
                var start = Stopwatch.GetTimestamp();
                index.Find(new CacheQuery(key, vector, "", [], 0.99f, []), vector, now);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }

            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {timings[timings.Count / 2]:0} | {timings[(int)(timings.Count * 0.99)]:0} | {timings[^1]:0} |"));
        }
    }

    private static string Sentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => Words[random.Next(Words.Length)]));
}
