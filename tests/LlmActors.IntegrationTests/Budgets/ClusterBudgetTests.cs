using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using LlmActors.Tests.Budgets;

namespace LlmActors.IntegrationTests.Budgets;

/// <summary>Budgets across real silo processes and API hosts on PostgreSQL: exact under concurrency and through a silo's death.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterBudgetTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_hundred_requests_through_two_api_hosts_and_three_silos_never_overspend()
    {
        await using var cluster = new TestCluster(await postgres.Server.CreateDatabaseAsync());
        await cluster.StartSimulatorAsync();
        await Task.WhenAll(cluster.StartReadySiloAsync(), cluster.StartReadySiloAsync(), cluster.StartReadySiloAsync());
        var apis = await Task.WhenAll(cluster.StartReadyApiAsync(), cluster.StartReadyApiAsync());
        var probe = await SendAsync(apis[0].Client(await apis[0].CreateProjectKeyAsync("probe")));
        Assert.Equal(HttpStatusCode.OK, probe.Status);
        var limit = probe.Tokens * 100;
        await PutBudgetAsync(apis[1], "spread", limit);
        var clients = await Task.WhenAll(apis.Select(async api => api.Client(await api.CreateProjectKeyAsync("spread"))));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => SendAsync(clients[i % clients.Length])));

        var admitted = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        Assert.All(outcomes.Where(o => o.Status != HttpStatusCode.OK), o =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, o.Status);
            Assert.Equal("budget_exceeded", o.Code);
        });
        // Reservations hold prompt + max_tokens, commits free the unused part: between limit/estimate and 100 get through.
        Assert.InRange(admitted.Count, 50, 100);
        var used = await UsedTokensAsync(apis[0], "spread");
        Assert.True(used <= limit, $"{used} tokens used against a limit of {limit}");
        Assert.Equal(admitted.Sum(o => o.Tokens), used);
    }

    [Fact]
    public async Task Killing_the_silo_that_holds_a_busy_budget_loses_nothing_and_counts_nothing_twice()
    {
        await using var cluster = new TestCluster(await postgres.Server.CreateDatabaseAsync());
        await cluster.StartSimulatorAsync();
        var silos = await Task.WhenAll(cluster.StartReadySiloAsync(), cluster.StartReadySiloAsync(), cluster.StartReadySiloAsync());
        var api = await cluster.StartReadyApiAsync();
        await PutBudgetAsync(api, "busy", 1_000_000_000);
        var client = api.Client(await api.CreateProjectKeyAsync("busy"));
        var outcomes = new ConcurrentQueue<ChatOutcome>();
        outcomes.Enqueue(await SendAsync(client));
        var perRequest = outcomes.Single().Tokens;
        var owner = await OwnerOfBudgetAsync(silos);

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                outcomes.Enqueue(await SendAsync(client));
            }
        }));
        await Eventually.Until("load under way", TimeSpan.FromSeconds(60), () => Task.FromResult(outcomes.Count > 100));
        await owner.KillAsync();
        var atKill = outcomes.Count;
        await Eventually.Until("200 more requests answered after the kill", TimeSpan.FromSeconds(60),
            () => Task.FromResult(outcomes.Skip(atKill).Count(o => o.Status == HttpStatusCode.OK) >= 200));
        await stop.CancelAsync();
        await load;

        // Every request is the same deterministic call, so usage is a whole number of requests: all that were told
        // they succeeded, plus possibly some whose answer was lost with the silo after their commit was durable.
        var succeeded = outcomes.Count(o => o.Status == HttpStatusCode.OK);
        var failed = outcomes.Count(o => o.Status != HttpStatusCode.OK);
        Assert.All(outcomes, o => Assert.True(o.Status is HttpStatusCode.OK || (int)o.Status >= 500, $"{o.Status} {o.Code}"));
        var used = await UsedTokensAsync(api, "busy");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"requests {outcomes.Count}: {succeeded} succeeded ({outcomes.Skip(atKill).Count(o => o.Status == HttpStatusCode.OK)} after the kill), {failed} failed; charged {used / perRequest} requests");
        Assert.True(used % perRequest == 0, $"{used} tokens is not a whole number of {perRequest}-token requests");
        Assert.InRange(used / perRequest, succeeded, succeeded + failed);
    }

    private static async Task<SiloHandle> OwnerOfBudgetAsync(IReadOnlyList<SiloHandle> silos)
    {
        foreach (var silo in silos)
        {
            if (await silo.ActivationsAsync("projectbudget") > 0)
            {
                return silo;
            }
        }

        throw new InvalidOperationException("No silo holds the project's budget grain.");
    }

    private static async Task PutBudgetAsync(ApiHandle api, string project, long tokens)
    {
        using var admin = api.Client(ApiHandle.AdminKey);
        var response = await admin.PutAsync($"/admin/projects/{project}/budget",
            new StringContent($$"""{"dailyTokenLimit": {{tokens}}}""", Encoding.UTF8, "application/json"), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<long> UsedTokensAsync(ApiHandle api, string project)
    {
        using var admin = api.Client(ApiHandle.AdminKey);
        using var usage = JsonDocument.Parse(await admin.GetStringAsync($"/admin/projects/{project}/usage", Ct));
        Assert.Equal(0, usage.RootElement.GetProperty("reservedTokens").GetInt64());
        return usage.RootElement.GetProperty("usedTokens").GetInt64();
    }

    private static Task<ChatOutcome> SendAsync(HttpClient client) => ChatTraffic.SendAsync(client, Ct);
}
