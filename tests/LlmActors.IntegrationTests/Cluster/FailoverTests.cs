namespace LlmActors.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(PostgresFixture postgres)
{
    private static readonly TimeSpan FailoverBudget = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_key_outlives_the_silo_that_held_it_being_killed_and_the_api_answers_again_within_5_s()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        var first = await cluster.StartReadySiloAsync();
        var api = await cluster.StartReadyApiAsync();
        // With one silo the key grain, and its state, can only live on that silo.
        var key = await api.CreateProjectKeyAsync("acme");
        Assert.Equal(HttpStatusCode.OK, await api.UseKeyAsync(key));
        Assert.Equal(1, await first.ActivationsAsync("apikey"));
        // The state is in PostgreSQL as plain JSON: the project, never the key itself.
        var row = await GrainStateRows.ReadAsync(db, "key", key[..17]);
        Assert.NotNull(row);
        Assert.Equal("acme", row.Value.Payload.GetProperty("ProjectId").GetString());
        Assert.Equal(1, row.Value.Version);
        Assert.DoesNotContain(key, row.Value.Payload.GetRawText());
        var second = await cluster.StartReadySiloAsync();

        await first.KillAsync();
        var seen = new List<HttpStatusCode>();
        var elapsed = await Eventually.Until("the key recognised after kill -9", TimeSpan.FromSeconds(30), async () =>
        {
            seen.Add(await api.UseKeyAsync(key));
            return seen[^1] == HttpStatusCode.OK;
        }, () => api.Process.RecentOutput());

        Assert.True(elapsed < FailoverBudget, $"the API answered again only after {elapsed.TotalSeconds:0.0} s (saw {string.Join(", ", seen)})");
        Assert.DoesNotContain(HttpStatusCode.Unauthorized, seen);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, seen);
        Assert.Equal(1, await second.ActivationsAsync("apikey"));
        await Eventually.Until("the killed silo declared dead", TimeSpan.FromSeconds(30), async () =>
            (await Membership.SilosAsync(db, cluster.ClusterId)).Contains((first.SiloPort, "dead")));
    }
}
