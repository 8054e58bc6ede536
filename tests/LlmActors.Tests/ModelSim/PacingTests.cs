#pragma warning disable OPENAI001 // the SDK's evaluation APIs (audio, files, reasoning) are the surface under test

using System.Diagnostics;
using OpenAI.Chat;

namespace LlmActors.Tests.ModelSim;

/// <summary>
/// A simulator with real latency: tokens must arrive at the model's rate, not all at once. Lower bounds are
/// tight (the simulator must wait); upper bounds are loose, as the machine is shared with builds.
/// </summary>
public sealed class PacingTests(PacingTests.PacedHost host) : IClassFixture<PacingTests.PacedHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_streamed_answer_starts_after_the_time_to_first_token_and_no_chunk_arrives_before_its_due_time()
    {
        await WarmUp();
        var watch = Stopwatch.StartNew();
        var arrivals = new List<(double Ms, string Text)>();
        ChatTokenUsage? usage = null;
        await foreach (var update in host.Chat("paced").CompleteChatStreamingAsync([new UserChatMessage("Tell me about caching.")], cancellationToken: Token))
        {
            if (update.ContentUpdate.Count > 0)
            {
                arrivals.Add((watch.Elapsed.TotalMilliseconds, string.Concat(update.ContentUpdate.Select(p => p.Text))));
            }

            usage ??= update.Usage;
        }

        var totalMs = watch.Elapsed.TotalMilliseconds;
        Assert.NotNull(usage);
        Assert.True(arrivals.Count > 10);

        // The simulator spreads tokens over chunks by length; each chunk is due at TTFT + its tokens so far / rate.
        // A late client can see chunks late, never early, so only the early side is checked tightly.
        var totalChars = arrivals.Sum(a => a.Text.Length);
        var charsBefore = 0;
        foreach (var (ms, text) in arrivals)
        {
            var dueMs = PacedHost.FirstTokenMs + (charsBefore / (double)totalChars * usage.OutputTokenCount * 1000 / PacedHost.TokensPerSecond);
            Assert.True(ms >= dueMs - 25, $"chunk due at {dueMs:F0} ms arrived at {ms:F0} ms");
            charsBefore += text.Length;
        }

        var lastDueMs = PacedHost.FirstTokenMs + ((usage.OutputTokenCount - 1) * 1000.0 / PacedHost.TokensPerSecond);
        Assert.True(lastDueMs > 300, "the answer should be long enough for pacing to show");
        Assert.InRange(totalMs, lastDueMs * 0.9, (lastDueMs * 2) + 2000);
    }

    [Fact]
    public async Task A_whole_answer_arrives_when_its_last_token_would_have()
    {
        await WarmUp();
        var watch = Stopwatch.StartNew();
        var completion = (await host.Chat("paced").CompleteChatAsync([new UserChatMessage("Hi")], cancellationToken: Token)).Value;

        var expectedMs = PacedHost.FirstTokenMs + ((completion.Usage.OutputTokenCount - 1) * 1000.0 / PacedHost.TokensPerSecond);
        Assert.InRange(watch.Elapsed.TotalMilliseconds, expectedMs * 0.9, (expectedMs * 2) + 2000);
    }

    [Fact]
    public async Task A_reasoning_model_thinks_before_its_first_visible_token()
    {
        await WarmUp();
        var options = new ChatCompletionOptions { ReasoningEffortLevel = ChatReasoningEffortLevel.Low };
        var watch = Stopwatch.StartNew();
        double? firstContentMs = null;
        ChatTokenUsage? usage = null;
        await foreach (var update in host.Chat("paced-reason").CompleteChatStreamingAsync([new UserChatMessage("Why is the sky blue?")], options, Token))
        {
            if (update.ContentUpdate.Count > 0)
            {
                firstContentMs ??= watch.Elapsed.TotalMilliseconds;
            }

            usage ??= update.Usage;
        }

        Assert.NotNull(usage);
        var reasoning = usage.OutputTokenDetails.ReasoningTokenCount;
        var dueMs = PacedHost.FirstTokenMs + (reasoning * 1000.0 / PacedHost.TokensPerSecond);
        Assert.True(reasoning > 50);
        Assert.True(firstContentMs >= dueMs - 25, $"first content at {firstContentMs:F0} ms, due after {reasoning} reasoning tokens at {dueMs:F0} ms");
    }

    /// <summary>One untimed call first, so the connection and JIT costs of a first request are not measured.</summary>
    private Task WarmUp() =>
        host.Chat("paced").CompleteChatAsync([new UserChatMessage("warm up")], new ChatCompletionOptions { MaxOutputTokenCount = 1 }, Token);

    public sealed class PacedHost : SimulatorHost
    {
        public const double FirstTokenMs = 150;
        public const double TokensPerSecond = 200;

        protected override Dictionary<string, string?> Settings() => new()
        {
            ["Simulator:LatencyScale"] = "1",
            ["Simulator:Models:paced:TimeToFirstTokenMs"] = FirstTokenMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulator:Models:paced:TokensPerSecond"] = TokensPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulator:Models:paced:Jitter"] = "0",
            ["Simulator:Models:paced-reason:TimeToFirstTokenMs"] = FirstTokenMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulator:Models:paced-reason:TokensPerSecond"] = TokensPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Simulator:Models:paced-reason:Jitter"] = "0",
            ["Simulator:Models:paced-reason:Reasoning"] = "true",
        };
    }
}
