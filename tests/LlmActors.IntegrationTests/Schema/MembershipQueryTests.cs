using System.Data;

namespace LlmActors.IntegrationTests.Schema;

/// <summary>The optimistic concurrency of our membership queries: a change succeeds only from the table version it read.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MembershipQueryTests(PostgresFixture postgres)
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public async Task Two_silos_joining_from_the_same_table_version_cannot_both_win()
    {
        var queries = await StoredQueries.OnFreshDatabaseAsync(postgres.Server);
        Assert.True(await Single(queries, "InsertMembershipVersionKey", Cluster));
        Assert.False(await Single(queries, "InsertMembershipVersionKey", Cluster));   // created once

        Assert.True(await Single(queries, "InsertMembershipKey", [.. Silo(11111, version: 0)]));
        Assert.False(await Single(queries, "InsertMembershipKey", [.. Silo(11112, version: 0)]));   // stale version
        Assert.True(await Single(queries, "InsertMembershipKey", [.. Silo(11112, version: 1)]));

        var all = await queries.RunAsync("MembershipReadAllKey", Cluster);
        Assert.Equal(2, all.Count);
        Assert.All(all, row => Assert.Equal(2, Convert.ToInt32(row[0])));   // Version, first column
    }

    [Fact]
    public async Task A_silo_row_is_updated_only_from_the_current_version_and_gateways_list_active_silos_only()
    {
        var queries = await StoredQueries.OnFreshDatabaseAsync(postgres.Server);
        await Single(queries, "InsertMembershipVersionKey", Cluster);
        await Single(queries, "InsertMembershipKey", [.. Silo(11111, version: 0)]);

        Assert.False(await Single(queries, "UpdateMembershipKey", [.. Update(11111, status: 6, version: 0)]));
        Assert.Single(await queries.RunAsync("GatewaysQueryKey", [.. Cluster, ("Status", 3, DbType.Int32)]));
        Assert.True(await Single(queries, "UpdateMembershipKey", [.. Update(11111, status: 6, version: 1)]));
        Assert.Empty(await queries.RunAsync("GatewaysQueryKey", [.. Cluster, ("Status", 3, DbType.Int32)]));
    }

    private static (string, object?, DbType)[] Cluster => [("DeploymentId", "c1", DbType.String)];

    private static async Task<bool> Single(StoredQueries queries, string key, params (string, object?, DbType)[] parameters) =>
        Convert.ToBoolean((await queries.RunAsync(key, parameters)).Single().Single());

    private static IEnumerable<(string, object?, DbType)> Address(int port) =>
        [.. Cluster, ("Address", "127.0.0.1", DbType.AnsiString), ("Port", port, DbType.Int32), ("Generation", 7, DbType.Int32)];

    private static IEnumerable<(string, object?, DbType)> Silo(int port, int version) =>
    [
        .. Address(port), ("SiloName", $"silo{port}", DbType.String), ("HostName", "host", DbType.String),
        ("Status", 3, DbType.Int32), ("ProxyPort", port + 1000, DbType.Int32), ("StartTime", Now, DbType.DateTime),
        ("IAmAliveTime", Now, DbType.DateTime), ("Version", version, DbType.Int32),
    ];

    private static IEnumerable<(string, object?, DbType)> Update(int port, int status, int version) =>
    [
        .. Address(port), ("Status", status, DbType.Int32), ("SuspectTimes", null, DbType.String),
        ("IAmAliveTime", Now, DbType.DateTime), ("Version", version, DbType.Int32),
    ];
}
