using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>A silo killed with SIGKILL under steady load from the test; and the load that makes such a kill matter.</summary>
[Collection(FaultClusterCollection.Name)]
public sealed class SiloKillTests(FaultClusterFixture fixture)
{
    private static readonly TimeSpan AnswerAgainWithin = TimeSpan.FromSeconds(5);

    // Orleans' client response timeout (30 s) bounds a request that was in flight on the killed silo, plus margin.
    private static readonly TimeSpan InFlightBound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Chat_load_from_one_API_host_runs_on_every_silo()
    {
        using var http = ClusterRequests.LongClient(fixture.Api);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 60).Select(id => ClusterRequests.ChatAsync(http, fixture.Keys, id, () => TimeSpan.Zero)));

        Assert.All(attempts, a => Assert.True(a.Succeeded, a.ToString()));
        // A silo without a chat activation did none of the work: adding silos would add no chat throughput.
        var live = fixture.Silos.Where(s => !s.Process.HasExited).ToList();
        var idle = new List<SiloHandle>();
        foreach (var silo in live)
        {
            if (await silo.ActivationsAsync("chat") == 0)
            {
                idle.Add(silo);
            }
        }

        Assert.True(idle.Count == 0, $"{idle.Count} of {live.Count} silos ran no chat request: {await SiloPlacement.DescribeAsync(live, "chat")}");
    }

    [Fact]
    public async Task A_silo_killed_under_load_leaves_the_service_answering_within_5_s_and_every_grain_state_intact()
    {
        using var http = ClusterRequests.LongClient(fixture.Api);
        await using var load = new LoadRun(TimeSpan.FromMilliseconds(40), maxInFlight: 200, (id, now, _) => ClusterRequests.ChatAsync(http, fixture.Keys, id, now));
        await load.WaitForSuccessesAsync(30, TimeSpan.Zero, TestCluster.StartTimeout, "load warmed up");
        var placement = await SiloPlacement.DescribeAsync(fixture.Silos, "apikey", "chat");
        var victim = await SiloPlacement.BusiestAsync(fixture.Silos, "apikey");
        var survivors = fixture.Silos.Where(s => s != victim && !s.Process.HasExited).ToList();

        var killedAt = load.Now;
        await victim.KillAsync();
        fixture.Silos.Remove(victim);
        await load.WaitForSuccessesAsync(100, killedAt, TimeSpan.FromSeconds(60), "load served again after kill -9");
        await load.StopAsync();

        var seen = new LoadAnalysis(load.Attempts, killedAt);
        Figures.Record("faults", $"silo-kill {seen} placement={placement} victim={victim.SiloPort}");
        Assert.True(seen.AnsweringAgainAfter < AnswerAgainWithin, $"answered again only after {seen}");
        Assert.True(seen.Slowest < InFlightBound, $"a request hung past {InFlightBound.TotalSeconds} s: {seen}");
        Assert.All(seen.Failures, f => Assert.True(f.Status == 503 && f.Problem is "cluster_unavailable" or "model_unavailable",
            $"a request failing during failover must get a 503 in the OpenAI shape: {f}"));
        // The killed silo held key grains; every key still works, so each one's persisted state came back on a survivor.
        foreach (var (project, key) in fixture.Keys)
        {
            Assert.True(await fixture.Api.UseKeyAsync(key) == HttpStatusCode.OK, $"{project}'s key stopped working after the kill");
        }

        var reactivated = 0;
        foreach (var silo in survivors)
        {
            reactivated += await silo.ActivationsAsync("apikey");
        }

        Assert.True(reactivated >= FaultClusterFixture.ProjectCount, $"only {reactivated} key grains are active on the survivors");
        fixture.Silos.Add(await fixture.Cluster.StartReadySiloAsync());
    }
}
