using System.Data;
using System.Text;

namespace LlmActors.IntegrationTests.Schema;

/// <summary>The ETag rules of our storage queries: a write or clear succeeds only from the version it read.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainStateQueryTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Writes_succeed_only_from_the_version_they_read_and_a_clear_keeps_the_version_counting()
    {
        var queries = await StoredQueries.OnFreshDatabaseAsync(postgres.Server);

        Assert.Equal(1, await Write(queries, version: null, """{"Limit":1}"""));
        Assert.Null(await Write(queries, version: null, """{"Limit":2}"""));   // a second "first" writer loses
        Assert.Equal(2, await Write(queries, version: 1, """{"Limit":3}"""));
        Assert.Null(await Write(queries, version: 1, """{"Limit":4}"""));      // stale ETag loses
        Assert.Equal(("""{"Limit":3}""", 2), await Read(queries));

        Assert.Equal(3, Convert.ToInt32((await queries.RunAsync("ClearStorageKey", Key(2)))[0][0]));
        Assert.Equal(((string?)null, 3), await Read(queries));                 // cleared: no payload, version kept
        Assert.Null(await Write(queries, version: null, """{"Limit":5}"""));   // the row still exists
        Assert.Equal(4, await Write(queries, version: 3, """{"Limit":6}"""));
    }

    private static async Task<int?> Write(StoredQueries queries, int? version, string json)
    {
        var rows = await queries.RunAsync("WriteToStorageKey", [.. Key(version), ("PayloadBinary", Encoding.UTF8.GetBytes(json), DbType.Binary)]);
        return rows.SingleOrDefault()?[0] is { } v ? Convert.ToInt32(v) : null;
    }

    private static async Task<(string?, int)> Read(StoredQueries queries)
    {
        var row = (await queries.RunAsync("ReadFromStorageKey", Key(null)[..^1])).Single();
        return (row[0] is byte[] payload ? Encoding.UTF8.GetString(payload) : null, Convert.ToInt32(row[1]));
    }

    // The parameters AdoNetGrainStorage sends for a string-keyed grain, GrainStateVersion last.
    private static (string, object?, DbType)[] Key(int? version) =>
    [
        ("GrainIdHash", 17, DbType.Int32), ("GrainIdN0", 0L, DbType.Int64), ("GrainIdN1", 0L, DbType.Int64),
        ("GrainTypeHash", 42, DbType.Int32), ("GrainTypeString", "budget", DbType.String),
        ("GrainIdExtensionString", "acme", DbType.String), ("ServiceId", "svc", DbType.String),
        ("GrainStateVersion", version, DbType.Int32),
    ];
}
