using System.Net;
using System.Text;

namespace LlmActors.Bench.Scenarios;

/// <summary>
/// Soak: a steady mixed load (chat, routed FAQ traffic with cache hits and misses, embeddings, moderation,
/// code completions over many files and conversations) for a long time, sampling the gateway's resident
/// memory every 30 s. Verdict: flat when memory after the first third grows less than 10%, else growing.
/// </summary>
public static class SoakScenario
{
    private static readonly string[] Questions =
    [
        "What is your return policy?", "How do I track my parcel?", "Can I change my delivery address?", "Do you ship abroad?",
        "How long does a refund take?", "我想退货怎么办", "快递到哪里了", "可以开发票吗", "Is there a discount for students?",
    ];

    public static async Task RunAsync(BenchOptions options)
    {
        var duration = options.Extra.ContainsKey("seconds") ? options.Duration : TimeSpan.FromMinutes(10);
        var rate = options.Extra.ContainsKey("rate") ? options.Rate : 200;
        await using var gateway = await GatewayProcess.StartOrAttachAsync(options);
        if (!gateway.Owned)
        {
            Console.WriteLine("soak measures the process it starts; run it without --api");
            return;
        }

        using var client = gateway.Client(await gateway.CreateProjectKeyAsync("bench-soak"));
        long sequence = 0;
        Task<bool> Send(CancellationToken ct) => SendOne(client, Interlocked.Increment(ref sequence), ct);

        Console.WriteLine($"# soak: {rate} rps mixed traffic for {duration.TotalMinutes:F0} min; RSS every 30 s");
        var samples = new List<(TimeSpan At, long Bytes)>();
        var watch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add((watch.Elapsed, gateway.WorkingSetBytes()));
                Console.WriteLine($"  {watch.Elapsed:mm\\:ss}  RSS {samples[^1].Bytes / 1024.0 / 1024.0:F0} MiB");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        var result = await LoadGenerator.OpenLoopAsync("soak", Send, rate, duration, TimeSpan.Zero);
        await stop.CancelAsync();
        await sampler;
        samples.Add((watch.Elapsed, gateway.WorkingSetBytes()));
        Console.WriteLine(result);

        var settled = samples.Where(s => s.At >= duration / 3).Select(s => s.Bytes / 1024.0 / 1024.0).ToArray();
        var growth = settled.Length > 1 ? (settled[^1] - settled[0]) / settled[0] : 0;
        Console.WriteLine($"== soak: RSS after the first third {settled.First():F0} → {settled.Last():F0} MiB ({growth:P1}); max {samples.Max(s => s.Bytes) / 1024 / 1024} MiB; verdict {(growth < 0.10 ? "flat" : "growing")}");
    }

    private static async Task<bool> SendOne(HttpClient client, long n, CancellationToken ct)
    {
        var (path, json) = (n % 10) switch
        {
            0 or 1 or 2 => ("/v1/chat/completions", $$"""{"model":"sim-small","max_tokens":24,"user":"u{{n % 50}}","messages":[{"role":"user","content":"Question number {{n}} about my account"}]}"""),
            3 or 4 or 5 => ("/v1/chat/completions", $$"""{"model":"auto","messages":[{"role":"user","content":"{{Questions[n % Questions.Length]}}{{(n % 7 == 0 ? $" (order {n})" : "")}}"}]}"""),
            6 => ("/v1/embeddings", $$"""{"model":"sim-embed","input":["text {{n}}","another {{n % 100}}"]}"""),
            7 => ("/v1/moderations", $$"""{"input":"message {{n}}: have a nice day"}"""),
            8 => ($"/v1/support/conversations/c{n % 500}/messages", $$"""{"message":"{{Questions[n % Questions.Length]}} turn {{n}}"}"""),
            _ => ("/v1/code/completions", $$"""{"path":"src/file{{n % 200}}.cs","content":"class C{{n % 200}}\n{\n    void M() { var x = {{n % 1000}}; }\n}\n","cursor":20}"""),
        };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
