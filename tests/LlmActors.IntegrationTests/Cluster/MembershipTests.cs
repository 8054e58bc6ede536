namespace LlmActors.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class MembershipTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Two_silos_starting_together_on_an_empty_database_both_join_the_cluster()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);

        // Started at once against a database without a schema: both migrate, one waits on the other's lock.
        var (a, b) = (cluster.StartSilo(), cluster.StartSilo());
        await Task.WhenAll(a.WaitReadyAsync(), b.WaitReadyAsync());

        Assert.Equal([a.SiloPort, b.SiloPort], await Membership.ActivePortsAsync(db, cluster.ClusterId));
    }

    [Fact]
    public async Task A_silo_joining_later_takes_new_grain_activations()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var cluster = new TestCluster(db);
        await Task.WhenAll(cluster.StartSilo().WaitReadyAsync(), cluster.StartSilo().WaitReadyAsync());
        var api = await cluster.StartReadyApiAsync();

        var third = await cluster.StartReadySiloAsync();
        Assert.Equal(3, (await Membership.ActivePortsAsync(db, cluster.ClusterId)).Count);
        var keys = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            keys.Add(await api.CreateProjectKeyAsync($"later-{i}"));
        }

        // Placement spreads new key grains over the three silos; the newcomer gets its share.
        Assert.True(await third.ActivationsAsync("apikey") > 0, "the third silo took none of 30 new key grains");
        foreach (var key in keys)
        {
            Assert.Equal(HttpStatusCode.OK, await api.UseKeyAsync(key));
        }
    }
}
