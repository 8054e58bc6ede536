using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>A silo killed with SIGKILL under steady load from the test; and the load that makes such a kill matter.</summary>
[Collection(FaultClusterCollection.Name)]
public sealed class SiloKillTests(FaultClusterFixture fixture)
{
    private static readonly TimeSpan AnswerAgainWithin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WaveEvery = TimeSpan.FromMilliseconds(500);

    // A request in flight on the killed silo is found by its API host's watch over calls in flight (the grain holding
    // it comes back empty) and retried elsewhere or answered 503: seconds, not the model-call response timeout.
    private static readonly TimeSpan InFlightBound = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task Chat_load_from_one_API_host_runs_on_every_silo()
    {
        using var http = ClusterRequests.LongClient(fixture.Api);

        // Waves spanning more than one rotation of the API's worker ids: whichever silos joined before (another test
        // may have just restarted one), the ids of a fresh rotation are placed over all of them.
        var attempts = new List<Attempt>();
        var waves = (int)Math.Ceiling(2.5 * FaultClusterFixture.WorkerKeyRotation / WaveEvery) + 1;
        for (var wave = 0; wave < waves; wave++)
        {
            var started = Task.Delay(WaveEvery, TestContext.Current.CancellationToken);
            attempts.AddRange(await Task.WhenAll(Enumerable.Range(wave * 30, 30).Select(id => ClusterRequests.ChatAsync(http, fixture.Keys, id, () => TimeSpan.Zero))));
            await started;
        }

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
        await using var tight = new LoadRun(TimeSpan.FromMilliseconds(20), maxInFlight: 200, (id, now, _) => ClusterRequests.ChatAsync(http, fixture.TightKeys, id, now));
        await load.WaitForSuccessesAsync(30, TimeSpan.Zero, TestCluster.StartTimeout, "load warmed up");
        var placement = await SiloPlacement.DescribeAsync(fixture.Silos, [.. fixture.StateGrainTypes, "chat"]);
        var (victim, held) = await StateGrains.BusiestAsync(fixture.Silos, fixture.StateGrainTypes);
        var survivors = fixture.Silos.Where(s => s != victim && !s.Process.HasExited).ToList();

        var killedAt = load.Now;
        await victim.KillAsync();
        fixture.Silos.Remove(victim);
        await load.WaitForSuccessesAsync(100, killedAt, TimeSpan.FromSeconds(60), "load served again after kill -9");
        // Requests in flight on the killed silo end within the watch's bound.
        await Task.WhenAll(load.StopAsync(), tight.StopAsync());

        var seen = new LoadAnalysis(load.Attempts, killedAt);
        var budgets = await OverspendAsync(tight.Attempts, killedAt);
        Figures.Record("faults", $"silo-kill {seen} maxOverspendTokens={budgets.Max(b => b.Over)} overspent=[{string.Join(',', budgets.Where(b => b.Over > 0).Select(b => $"{b.Project}:{b.Over}/{b.Allowed}"))}] placement={placement} victim={victim.SiloPort} held=[{string.Join(',', held.Select(h => $"{h.Key}:{h.Value}"))}]");
        Assert.True(seen.AnsweringAgainAfter < AnswerAgainWithin, $"answered again only after {seen}");
        Assert.True(seen.Slowest < InFlightBound, $"a request hung past {InFlightBound.TotalSeconds} s: {seen}");
        Assert.All(seen.Failures, f => Assert.True(f.Status == 503 && f.Problem is "cluster_unavailable" or "model_unavailable",
            $"a request failing during failover must get a 503 in the OpenAI shape: {f}"));
        Assert.True(held.Values.Sum() > 0, "the killed silo held no grain with state");
        // Open reservations live in memory: a budget whose silo dies forgets those in flight, and their commits still
        // arrive. The design bounds overspend by them (DESIGN.md); more would be a bug.
        Assert.All(budgets, b => Assert.True(b.Over <= b.Allowed,
            $"{b.Project} went {b.Over} tokens over its limit; its reservations in flight at the kill account for {b.Allowed}"));
        await AssertNothingAcknowledgedLostAsync(load.Attempts.Concat(tight.Attempts));
        await AssertStateReactivatedAsync(survivors);
        fixture.Silos.Add(await fixture.Cluster.StartReadySiloAsync());
    }

    /// <summary>
    /// Per tight project, how far its committed usage went over its limit and what its reservations in flight at the
    /// kill can account for (each reserved its prompt plus max_tokens: under 80 tokens for these requests).
    /// </summary>
    private async Task<List<(string Project, long Over, long Allowed)>> OverspendAsync(IReadOnlyList<Attempt> attempts, TimeSpan killedAt)
    {
        const long MaxEstimate = 80;
        Assert.Contains(attempts, a => a.Status == 429);
        Assert.All(attempts.Where(a => !a.Succeeded), a => Assert.True(a.Status is 429 or 503, $"unexpected answer for a tight budget: {a}"));
        var budgets = new List<(string, long, long)>();
        foreach (var (project, _) in fixture.TightKeys)
        {
            var over = await ProjectUsage.UsedTokensAsync(fixture.Api, project) - FaultClusterFixture.TightLimit;
            var inFlight = attempts.Count(a => a.Project == project && a.Started < killedAt && a.Ended > killedAt);
            budgets.Add((project, Math.Max(0, over), inFlight * MaxEstimate));
        }

        return budgets;
    }

    private async Task AssertNothingAcknowledgedLostAsync(IEnumerable<Attempt> attempts)
    {
        foreach (var (project, tokens) in ProjectUsage.Acknowledged(attempts))
        {
            var used = await ProjectUsage.UsedTokensAsync(fixture.Api, project);
            Assert.True(used >= tokens, $"{project}: clients were told of {tokens} tokens, the budget holds {used}");
        }
    }

    /// <summary>Keys work, budgets answer, conversations hold their turn: each came back from PostgreSQL on a survivor.</summary>
    private async Task AssertStateReactivatedAsync(List<SiloHandle> survivors)
    {
        for (var i = 0; i < fixture.Keys.Count; i++)
        {
            var (project, key) = fixture.Keys[i];
            Assert.True(await fixture.Api.UseKeyAsync(key) == HttpStatusCode.OK, $"{project}'s key stopped working after the kill");
            using var client = fixture.Api.Client(key);
            var conversation = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/support/conversations/kill-{i}");
            Assert.Equal(1, conversation.GetProperty("turns").GetInt32());
            var stats = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/code/stats");
            Assert.True(stats.GetProperty("total").GetInt64() >= FaultClusterFixture.CodeCompletions, $"{project}'s stored code statistics were lost: {stats}");
            var file = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/code/stats?path=src/kill.py");
            Assert.True(file.GetProperty("total").GetInt64() >= FaultClusterFixture.CodeCompletions, $"{project}'s stored file statistics were lost: {file}");
        }

        if (fixture.StateGrainTypes.Contains(StateGrains.ModerationPolicy))
        {
            using var admin = fixture.Api.Client(ApiHandle.AdminKey);
            for (var i = 0; i < fixture.Keys.Count; i++)
            {
                var policy = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/admin/projects/fault-{i}/moderation");
                Assert.Equal(FaultClusterFixture.AllowBelow(i), policy.GetProperty("allowBelow").GetDouble(), 6);
            }
        }

        foreach (var type in fixture.StateGrainTypes)
        {
            var active = 0;
            foreach (var silo in survivors)
            {
                active += await silo.ActivationsAsync(type);
            }

            Assert.True(active >= FaultClusterFixture.ProjectCount, $"only {active} {type} grains are active on the survivors");
        }
    }
}
