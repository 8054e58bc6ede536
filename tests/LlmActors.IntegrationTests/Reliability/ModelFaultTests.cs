using System.Globalization;
using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// The primary model (sim-large, falling back to sim-medium) down, slow or cutting its answers, in cluster mode with
/// the simulator as its own process, under steady load: no whole answer fails; streams fall back before their first
/// token, and a stream cut after it ends in an error, never in <c>[DONE]</c>.
/// </summary>
[Collection(FaultClusterCollection.Name)]
public sealed class ModelFaultTests(FaultClusterFixture fixture)
{
    private const string Primary = "sim-large";
    private const string Fallback = "sim-medium";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("down")]
    [InlineData("slow")]
    [InlineData("cut")]
    public async Task Whole_answers_never_fail_when_the_primary_is_faulty(string mode)
    {
        using var http = ClusterRequests.LongClient(fixture.Api);
        await fixture.SetFaultAsync(Primary, mode, mode == "slow" ? 4000 : null);
        try
        {
            await using var load = new LoadRun(TimeSpan.FromMilliseconds(100), maxInFlight: 100,
                (id, now, _) => ClusterRequests.ChatAsync(http, fixture.Keys, id, now, Primary));
            await load.WaitForSuccessesAsync(20, TimeSpan.Zero, TimeSpan.FromSeconds(60), $"answers with {Primary} {mode}");
            await load.StopAsync();

            var attempts = load.Attempts;
            Figures.Record("faults", $"model-{mode} whole answers={attempts.Count} failed={attempts.Count(a => !a.Succeeded)} slowestS={attempts.Max(a => a.Elapsed).TotalSeconds:0.00}");
            Assert.All(attempts, a => Assert.True(a.Succeeded, $"a user saw the primary's fault: {a}"));
        }
        finally
        {
            await HealAsync();
        }
    }

    [Theory]
    [InlineData("down")]
    [InlineData("slow")]
    public async Task A_stream_whose_primary_fails_before_its_first_token_is_served_whole_by_the_fallback(string mode)
    {
        await fixture.SetFaultAsync(Primary, mode, mode == "slow" ? 4000 : null);
        try
        {
            var streams = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => StreamAsync($"tell me a story {i}")));

            Assert.All(streams, s =>
            {
                Assert.True(s.Status == HttpStatusCode.OK && s.Done && !s.Broken, $"stream did not complete: {s}");
                Assert.Contains(s.Events, e => e.Contains($"[{Fallback}]", StringComparison.Ordinal));
            });
        }
        finally
        {
            await HealAsync();
        }
    }

    [Fact]
    public async Task A_stream_cut_after_its_first_token_ends_in_an_error_not_in_DONE()
    {
        await fixture.SetFaultAsync(Primary, "cut");
        try
        {
            var streams = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => StreamAsync($"tell me a long story {i}")));

            // Circuit breakers live in each silo: one whose breaker for the primary is open (or half-open with its one
            // probe taken) rightly serves a stream from the fallback before any token. What the contract forbids is a
            // stream that showed the primary's tokens ending in [DONE].
            var fromPrimary = streams.Where(s => s.Events.Any(e => e.Contains($"[{Primary}]", StringComparison.Ordinal))).ToList();
            Assert.True(fromPrimary.Count > 0, $"no stream reached the primary: {string.Join(" / ", streams)}");
            Assert.All(fromPrimary, s =>
            {
                Assert.False(s.Done, $"a cut stream ended as a success: {s}");
                Assert.True(s.Broken || s.HasErrorEvent, $"the client saw neither an error event nor a broken stream: {s}");
            });
            Assert.All(streams.Except(fromPrimary), s =>
            {
                Assert.True(s.Status == HttpStatusCode.OK && s.Done && !s.Broken, $"a stream served by the fallback did not complete: {s}");
                Assert.Contains(s.Events, e => e.Contains($"[{Fallback}]", StringComparison.Ordinal));
            });
        }
        finally
        {
            await HealAsync();
        }
    }

    private async Task<StreamOutcome> StreamAsync(string content)
    {
        using var http = ClusterRequests.LongClient(fixture.Api);
        using var request = LoadRequests.Chat(fixture.Keys[0].Key, Primary, content, stream: true);
        return await StreamOutcome.ReadAsync(http, request, Ct);
    }

    /// <summary>Clears the fault and waits until the primary answers itself again (its circuit closes after the break).</summary>
    private async Task HealAsync()
    {
        await fixture.SetFaultAsync(Primary, "none");
        using var http = ClusterRequests.LongClient(fixture.Api);
        await Eventually.Until($"{Primary} answering itself again", TimeSpan.FromSeconds(30), async () =>
        {
            using var request = LoadRequests.Chat(fixture.Keys[0].Key, Primary, "are you back?");
            using var response = await http.SendAsync(request, Ct);
            return response.IsSuccessStatusCode && response.Headers.GetValues("x-llmactors-model").Single() == Primary;
        });

        // Another silo's breaker may still be open from the fault: past its break it lets a probe through again.
        await Task.Delay(TimeSpan.Parse(FaultClusterFixture.ResilienceSettings["Models__Resilience__BreakDuration"], CultureInfo.InvariantCulture), Ct);
    }
}
