using System.Diagnostics;

namespace LlmActors.Tests.Code;

/// <summary>
/// A model slower than the hard timeout: answers come on time with what there is, and stale calls stop. "On
/// time" is the hard timeout at the client; the grain answers its delivery margin (100 ms) before it.
/// </summary>
[Collection(SlowCodeModelCollection.Name)]
public sealed class CodeTimeoutTests(SlowCodeModelFixture fixture)
{
    private static readonly double TimeoutMs = SlowCodeModelFixture.HardTimeout.TotalMilliseconds;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_slow_answer_is_cut_at_the_hard_timeout_with_the_partial_text()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-timeout");
        var clock = Stopwatch.StartNew();
        var answer = await code.Complete("slow.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var elapsed = clock.Elapsed.TotalMilliseconds;

        Assert.True(answer.TimedOut);
        Assert.InRange(elapsed, TimeoutMs - 150, TimeoutMs + 300);
        Assert.False(string.IsNullOrEmpty(answer.Completion), "expected the text streamed before the deadline");
        Assert.Equal("timeout", answer.FinishReason);
        var stats = await code.Stats("slow.cs", Ct);
        Assert.Equal((1, 1, 1.0), (stats.Total, stats.Timeouts, stats.TimeoutRate));
    }

    [Fact]
    public async Task A_streamed_answer_sends_text_early_and_ends_cleanly_at_the_deadline()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-timeout-stream");

        var clock = Stopwatch.StartNew();
        var streamed = await code.Stream("slow.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var elapsed = clock.Elapsed.TotalMilliseconds;

        Assert.True(streamed.FirstDeltaMs < TimeoutMs / 2, $"first text after {streamed.FirstDeltaMs} ms");
        Assert.InRange(elapsed, TimeoutMs - 150, TimeoutMs + 300);
        Assert.True(streamed.Done);
        Assert.True(streamed.Final!.TimedOut);
        Assert.Equal(streamed.Final.Completion, streamed.Text);
    }

    [Fact]
    public async Task A_newer_request_cancels_the_stale_one_while_it_waits_on_the_model()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-supersede");
        var (typed, typedCursor) = SampleCode.Typed("n");
        Task<CompletionAnswer>? newer = null;
        var sentNewerAt = 0.0;
        var clock = Stopwatch.StartNew();

        // The older request is streaming (so its model call is surely under way) when the user types on.
        var older = await code.Stream("edit.cs", SampleCode.Text, SampleCode.Cursor, Ct, item =>
        {
            if (newer is null)
            {
                sentNewerAt = clock.Elapsed.TotalMilliseconds;
                newer = code.Complete("edit.cs", typed, typedCursor, Ct);
            }

            return Task.CompletedTask;
        });
        var olderEndedAt = clock.Elapsed.TotalMilliseconds;

        Assert.NotNull(newer);
        Assert.True(older.Done);
        Assert.True(older.Final!.Cancelled);
        Assert.False(older.Final.TimedOut);
        Assert.True(olderEndedAt - sentNewerAt < 500, $"the stale request ended {olderEndedAt - sentNewerAt:F0} ms after the newer one was sent");
        Assert.True(olderEndedAt < TimeoutMs, "the stale request must end by cancellation, not by its timeout");
        var newest = await newer;
        Assert.False(newest.Cancelled);
        var stats = await code.Stats("edit.cs", Ct);
        Assert.Equal((2, 1, 2), (stats.Total, stats.Cancelled, stats.ModelCalls));
    }

    [Fact]
    public async Task A_request_right_after_open_joins_the_prefetch_in_flight()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-join");

        await code.Open("open.cs", SampleCode.Text, SampleCode.Cursor, Ct);
        var streamed = await code.Stream("open.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.True(streamed.Done);
        var stats = await code.Stats("open.cs", Ct);
        Assert.Equal(1, stats.Total);
        Assert.Equal(1, stats.ModelCalls);
    }

    [Fact]
    public async Task A_code_model_stuck_before_its_first_token_is_replaced_by_its_fallback_in_time()
    {
        using var code = await CodeClient.For(fixture.Factory, "code-hedge");
        await fixture.Factory.SetFault("sim-code", "slow", 5000);
        try
        {
            var clock = Stopwatch.StartNew();
            var answer = await code.Complete("stuck.cs", SampleCode.Text, SampleCode.Cursor, Ct);

            Assert.Equal("sim-small", answer.Model);
            Assert.False(string.IsNullOrEmpty(answer.Completion));
            Assert.True(clock.Elapsed.TotalMilliseconds < TimeoutMs + 300);
        }
        finally
        {
            await fixture.Factory.SetFault("sim-code", "none");
        }
    }

    [Fact]
    public async Task A_timed_out_call_is_stopped_and_charged_what_it_produced_at_once()
    {
        const string project = "code-settle";
        var budget = new ProjectBudget(fixture.Factory, project);
        await budget.Limit(1_000_000, Ct);
        using var code = await CodeClient.For(fixture.Factory, project);

        var answer = await code.Complete("cut.cs", SampleCode.Text, SampleCode.Cursor, Ct);

        Assert.True(answer.TimedOut);
        // At 8 tokens/s the whole answer (25+ tokens) would hold its reservation for seconds more; settled within
        // one second means the call was cancelled, and charged for the text it had produced.
        var usage = await Eventually.Until(() => budget.Usage(Ct), u => u.Reserved == 0 && u.Requests == 1, Ct, TimeSpan.FromSeconds(1));
        Assert.True(usage.Used > 0);
        var spend = await Eventually.Until(() => budget.SpendOn("sim-code", Ct), s => s.Requests == 1, Ct);
        Assert.True(spend.CompletionTokens > 0, "the partial answer's tokens are charged");
    }
}
