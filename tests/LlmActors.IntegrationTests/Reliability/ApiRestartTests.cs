using LlmActors.Tests.Reliability;

namespace LlmActors.IntegrationTests.Reliability;

/// <summary>
/// The API host killed with SIGKILL under load and started again on the same port: the same clients are served again,
/// and nothing that was done through the old host is lost or forgotten, because an API host keeps no state.
/// </summary>
[Collection(FaultClusterCollection.Name)]
public sealed class ApiRestartTests(FaultClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clients_are_served_again_after_the_API_host_restarts_and_what_it_did_holds()
    {
        var old = fixture.Api;
        var createdThroughOld = await old.CreateProjectKeyAsync("restart-created");
        var revokedThroughOld = await old.CreateProjectKeyAsync("restart-revoked");
        using (var admin = old.Client(ApiHandle.AdminKey))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/admin/keys/{revokedThroughOld[..17]}", Ct)).StatusCode);
        }

        await ProjectUsage.SetTokenLimitAsync(old, "restart-created", 1_000_000);
        using (var created = old.Client(createdThroughOld))
        {
            (await created.PostAsJsonAsync("/v1/support/conversations/through-old/messages", new { message = "Where is my parcel?" }, Ct)).EnsureSuccessStatusCode();
        }

        var usageThroughOld = await ProjectUsage.UsedTokensAsync(old, "restart-created");

        // One client for the whole run: its pooled connections die with the old host and must be replaced by new ones.
        using var http = ClusterRequests.LongClient(old);
        await using var load = new LoadRun(TimeSpan.FromMilliseconds(50), maxInFlight: 100, (id, now, _) => ClusterRequests.ChatAsync(http, fixture.Keys, id, now));
        await load.WaitForSuccessesAsync(20, TimeSpan.Zero, TimeSpan.FromSeconds(60), "load warmed up");

        var killedAt = load.Now;
        await old.Process.KillAsync();
        var restarted = fixture.Cluster.StartApi(old.Port);
        fixture.Api = restarted;
        await restarted.WaitReadyAsync();
        var readyAt = load.Now;
        await load.WaitForSuccessesAsync(40, readyAt, TimeSpan.FromSeconds(60), "the same client served by the restarted host");
        await load.StopAsync();

        var seen = new LoadAnalysis(load.Attempts, killedAt);
        Figures.Record("faults", $"api-restart {seen} hostReadyS={(readyAt - killedAt).TotalSeconds:0.00}");
        Assert.All(seen.Failures, f => Assert.True(f.Status is 0 or 503,
            $"while the host was down a client may see a refused connection or a 503, nothing else: {f}"));
        Assert.True(load.Attempts.Where(a => a.Started >= readyAt).All(a => a.Succeeded), "a request to the ready restarted host failed");
        Assert.Equal(HttpStatusCode.OK, await restarted.UseKeyAsync(createdThroughOld));
        Assert.Equal(usageThroughOld, await ProjectUsage.UsedTokensAsync(restarted, "restart-created"));
        using (var created = restarted.Client(createdThroughOld))
        {
            var conversation = await created.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/support/conversations/through-old", Ct);
            Assert.Equal(1, conversation.GetProperty("turns").GetInt32());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await restarted.UseKeyAsync(revokedThroughOld));
        foreach (var (project, key) in fixture.Keys)
        {
            Assert.True(await restarted.UseKeyAsync(key) == HttpStatusCode.OK, $"{project}'s key stopped working after the restart");
        }
    }
}
