using System.Diagnostics;
using System.Text;
using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// Model calls last seconds, so their grain methods have a long response timeout; a silo killed under them must
/// not leave their callers waiting for it. The API host finds the calls whose grain lost them and retries them
/// elsewhere (whole answers) or ends them as cut (streams that had started).
/// </summary>
public sealed class InFlightKillTests(InFlightClusterFixture fixture) : IClassFixture<InFlightClusterFixture>
{
    private static readonly TimeSpan EndWithin = TimeSpan.FromSeconds(8);
    private const int ModelDelayMs = 25_000;

    [Fact]
    public async Task Whole_answers_in_flight_on_a_killed_silo_are_answered_elsewhere_within_seconds()
    {
        using var http = fixture.Api.Client(fixture.Key);
        http.Timeout = TimeSpan.FromMinutes(2);
        await fixture.SetFaultAsync("sim-medium", "slow", ModelDelayMs);
        var clock = Stopwatch.StartNew();
        var calls = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var response = await http.PostAsync("/v1/chat/completions", Json($$"""{"model":"sim-medium","max_tokens":20,"messages":[{"role":"user","content":"question {{i}}"}]}"""));
            return (Status: (int)response.StatusCode, EndedAt: clock.Elapsed);
        })).ToList();
        var victim = await BusiestSiloAsync();
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        var killedAt = clock.Elapsed;
        await victim.KillAsync();
        // The retried calls meet a model that answers at once; those still on the survivor wait out their delay.
        await fixture.SetFaultAsync("sim-medium", "none");
        var outcomes = await Task.WhenAll(calls);

        var early = outcomes.Where(o => o.EndedAt - killedAt < EndWithin).ToList();
        var hung = outcomes.Where(o => o.EndedAt - killedAt >= EndWithin && o.EndedAt < TimeSpan.FromMilliseconds(ModelDelayMs - 1000)).ToList();
        Figures.Record("faults", $"in-flight whole calls at a kill: {early.Count} of {outcomes.Length} ended within {EndWithin.TotalSeconds} s " +
            $"(slowest {early.Select(o => (o.EndedAt - killedAt).TotalSeconds).DefaultIfEmpty().Max():0.0} s after the kill), statuses [{string.Join(',', early.Select(o => o.Status))}]");
        Assert.NotEmpty(early);
        Assert.Empty(hung);
        Assert.All(outcomes, o => Assert.True(o.Status is 200 or 503, $"status {o.Status}"));
        Assert.All(early, o => Assert.Equal(200, o.Status));
        // The calls on the surviving silo were left alone: they waited out the model's delay, not given up and retried.
        Assert.Contains(outcomes, o => o.EndedAt >= TimeSpan.FromMilliseconds(ModelDelayMs));
        fixture.Silos.Remove(victim);
        fixture.Silos.Add(await fixture.Cluster.StartReadySiloAsync());
    }

    [Fact]
    public async Task Streams_running_on_a_killed_silo_end_as_cut_within_seconds()
    {
        using var http = fixture.Api.Client(fixture.Key);
        http.Timeout = TimeSpan.FromMinutes(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        var streams = new List<Task<(bool Done, TimeSpan EndedAt)>>();
        for (var i = 0; i < 12; i++)
        {
            var started = new TaskCompletionSource();
            streams.Add(ReadStreamAsync(http, i, started, clock, stop.Token));
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }

        // Twelve streams over two gateways: each silo serves some (a stream's grain is placed on its gateway's silo).
        var victim = fixture.Silos.First(s => !s.Process.HasExited);
        var killedAt = clock.Elapsed;
        await victim.KillAsync();
        await Task.Delay(EndWithin + TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var outcomes = await Task.WhenAll(streams);

        var ended = outcomes.Where(o => o.EndedAt - killedAt < EndWithin).ToList();
        Figures.Record("faults", $"streams at a kill: {ended.Count} of {outcomes.Length} cut within {EndWithin.TotalSeconds} s " +
            $"(slowest {ended.Select(o => (o.EndedAt - killedAt).TotalSeconds).DefaultIfEmpty().Max():0.0} s after the kill); the rest still streaming; " +
            $"ends after the kill [{string.Join(',', outcomes.Select(o => $"{(o.EndedAt - killedAt).TotalSeconds:0.0}{(o.Done ? "d" : "")}"))}]");
        Assert.NotEmpty(ended);
        Assert.All(ended, o => Assert.False(o.Done, "a stream cut by a dead silo must not end with [DONE]"));
        fixture.Silos.Remove(victim);
        fixture.Silos.Add(await fixture.Cluster.StartReadySiloAsync());
    }

    private static async Task<(bool Done, TimeSpan EndedAt)> ReadStreamAsync(HttpClient http, int i, TaskCompletionSource started, Stopwatch clock, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = Json($$"""{"model":"sim-large","stream":true,"max_tokens":200,"messages":[{"role":"user","content":"Tell me a long story number {{i}}"}]}"""),
        };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.Contains("\"content\"", StringComparison.Ordinal))
                {
                    started.TrySetResult();
                }

                if (line == "data: [DONE]")
                {
                    return (true, clock.Elapsed);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !stop.IsCancellationRequested))
        {
            // The connection was aborted: how a cut stream ends.
        }
        catch (OperationCanceledException)
        {
            // The test stopped reading a stream that was still going.
        }
        finally
        {
            started.TrySetResult();
        }

        return (false, clock.Elapsed);
    }

    /// <summary>The silo holding the most chat activations: the one whose calls a kill strands.</summary>
    private async Task<SiloHandle> BusiestSiloAsync()
    {
        var live = fixture.Silos.Where(s => !s.Process.HasExited).ToList();
        var counts = await Task.WhenAll(live.Select(s => s.ActivationsAsync("chat")));
        return live[Array.IndexOf(counts, counts.Max())];
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
