using System.Collections.Concurrent;
using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL stopped for 10 s under load and started again: requests that need it fail fast with a 503 in the
/// OpenAI shape, the cluster recovers by itself, and nothing a client was told succeeded is lost.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresOutageTests
{
    private const int Projects = 8;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(10);

    // Budget commits are re-sent for Budgets:CommitRetryFor (15 s) before a request gives up; beyond that is a hang.
    private static readonly TimeSpan SlowestAllowed = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RecoveryAllowed = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Requests_fail_fast_with_503_while_PostgreSQL_is_down_and_nothing_acknowledged_is_lost()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var cluster = new TestCluster(await postgres.CreateDatabaseAsync());
        await cluster.StartSimulatorAsync(new Dictionary<string, string> { ["Simulator__LatencyScale"] = "0.1" });
        await Task.WhenAll(cluster.StartSilo().WaitReadyAsync(), cluster.StartSilo().WaitReadyAsync());
        var api = await cluster.StartReadyApiAsync();
        var keys = new List<(string Project, string Key)>();
        for (var i = 0; i < Projects; i++)
        {
            keys.Add(($"pg-{i}", await api.CreateProjectKeyAsync($"pg-{i}")));
            await ProjectUsage.SetTokenLimitAsync(api, $"pg-{i}", 50_000_000);
        }

        using var http = ClusterRequests.LongClient(api);
        var created = new ConcurrentBag<string>();
        await using var chats = new LoadRun(TimeSpan.FromMilliseconds(50), 400, (id, now, _) => ClusterRequests.ChatAsync(http, keys, id, now));
        await using var keyLoad = new LoadRun(TimeSpan.FromMilliseconds(250), 100, (id, now, _) => CreateKeyAsync(http, id, now, created));
        await chats.WaitForSuccessesAsync(20, TimeSpan.Zero, TestCluster.StartTimeout, "chat load warmed up");

        var stoppedAt = chats.Now;
        var keysStoppedAt = keyLoad.Now;
        await postgres.StopAsync();
        // The outage's length is the scenario itself, not a wait for something to happen.
        await Task.Delay(OutageLength, TestContext.Current.CancellationToken);
        var startedAt = chats.Now;
        var keysStartedAt = keyLoad.Now;
        await postgres.StartAgainAsync();
        await chats.WaitForSuccessesAsync(40, startedAt, TimeSpan.FromSeconds(90), "chats served after PostgreSQL came back");
        await keyLoad.WaitForSuccessesAsync(3, keysStartedAt, TimeSpan.FromSeconds(90), "keys created after PostgreSQL came back");
        await Task.WhenAll(chats.StopAsync(), keyLoad.StopAsync());

        var outage = chats.Attempts.Concat(keyLoad.Attempts).ToList();
        var duringChats = chats.Attempts.Where(a => a.Started >= stoppedAt && a.Started < startedAt).ToList();
        var duringKeys = keyLoad.Attempts.Where(a => a.Started >= keysStoppedAt && a.Started < keysStartedAt).ToList();
        var during = duringChats.Concat(duringKeys).ToList();
        var chatRecovery = new LoadAnalysis(chats.Attempts, startedAt).AnsweringAgainAfter;
        var keyRecovery = new LoadAnalysis(keyLoad.Attempts, keysStartedAt).AnsweringAgainAfter;
        Figures.Record("faults", $"postgres-outage sentDuring={during.Count} failedDuring={during.Count(a => !a.Succeeded)} "
            + $"slowestDuringS={during.Max(a => a.Elapsed).TotalSeconds:0.00} slowestFailureS={during.Where(a => !a.Succeeded).Select(a => a.Elapsed.TotalSeconds).DefaultIfEmpty(0).Max():0.00} "
            + $"chatRecoveryS={chatRecovery.TotalSeconds:0.00} keyRecoveryS={keyRecovery.TotalSeconds:0.00} "
            + $"statuses=[{string.Join(' ', outage.Where(a => !a.Succeeded).GroupBy(a => $"{a.Operation}:{a.Status}:{a.Problem}").Select(g => $"{g.Key}x{g.Count()}"))}]");

        Assert.All(outage.Where(a => !a.Succeeded), a => Assert.True(a.Status == 503 && a.Problem is not null && !a.Problem.StartsWith("not the OpenAI", StringComparison.Ordinal),
            $"a request refused for the outage must get a 503 in the OpenAI shape: {a}\n{Errors(api)}"));
        Assert.True(during.Max(a => a.Elapsed) < SlowestAllowed, $"a request hung during the outage: {during.MaxBy(a => a.Elapsed)}");
        Assert.True(chatRecovery < RecoveryAllowed && keyRecovery < RecoveryAllowed, $"recovered only after {chatRecovery} (chat) / {keyRecovery} (keys)");
        foreach (var (project, tokens) in ProjectUsage.Acknowledged(chats.Attempts))
        {
            var used = await ProjectUsage.UsedTokensAsync(api, project);
            Assert.True(used >= tokens, $"{project}: clients were told of {tokens} tokens, the budget holds {used}");
        }

        foreach (var key in created)
        {
            Assert.True(await api.UseKeyAsync(key) == HttpStatusCode.OK, "a key whose creation was acknowledged does not work");
        }
    }

    private static string Errors(ApiHandle api) =>
        string.Join('\n', api.Process.AllOutput().Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal)).Take(12));

    private static async Task<Attempt> CreateKeyAsync(HttpClient http, int id, Func<TimeSpan> now, ConcurrentBag<string> created)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/projects/pg-new-{id}/keys") { Headers = { Authorization = new("Bearer", ApiHandle.AdminKey) } };
        return await LoadRequests.SendAsync(http, request, "create-key", $"pg-new-{id}", now, CancellationToken.None, body =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            created.Add(json.RootElement.GetProperty("key").GetString()!);
        });
    }
}
