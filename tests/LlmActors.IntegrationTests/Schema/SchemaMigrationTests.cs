using LlmActors.Silo.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LlmActors.IntegrationTests.Schema;

[Collection(ClusterCollection.Name)]
public sealed class SchemaMigrationTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrating_again_applies_nothing_and_reapplying_every_file_changes_nothing()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        var migrator = new SchemaMigrator(db, NullLogger.Instance);

        Assert.Equal(SchemaScripts.All.Select(s => s.Name), await migrator.MigrateAsync(SchemaScripts.All, cancellationToken: Ct));
        var schema = await DescribeAsync(db);

        Assert.Empty(await migrator.MigrateAsync(SchemaScripts.All, cancellationToken: Ct));
        Assert.Equal(SchemaScripts.All.Count, (await migrator.MigrateAsync(SchemaScripts.All, reapplyAll: true, cancellationToken: Ct)).Count);
        Assert.Equal(schema, await DescribeAsync(db));
    }

    [Fact]
    public async Task Migrators_racing_on_an_empty_database_all_succeed_and_each_file_is_applied_once()
    {
        var db = await postgres.Server.CreateDatabaseAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => new SchemaMigrator(db, NullLogger.Instance).MigrateAsync(SchemaScripts.All, cancellationToken: Ct), Ct)));

        Assert.Equal(SchemaScripts.All.Select(s => s.Name), applied.SelectMany(names => names).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_whose_content_changed_is_applied_again_and_only_that_one()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        var migrator = new SchemaMigrator(db, NullLogger.Instance);
        await migrator.MigrateAsync(SchemaScripts.All, cancellationToken: Ct);

        var changed = new SchemaScript("0099_feature.sql", "CREATE TABLE IF NOT EXISTS feature_probe (id int);");
        Assert.Equal(["0099_feature.sql"], await migrator.MigrateAsync([.. SchemaScripts.All, changed], cancellationToken: Ct));
        var edited = changed with { Sql = changed.Sql + "\nALTER TABLE feature_probe ADD COLUMN IF NOT EXISTS name text;" };
        Assert.Equal(["0099_feature.sql"], await migrator.MigrateAsync([.. SchemaScripts.All, edited], cancellationToken: Ct));
        Assert.Contains("feature_probe.name text", await DescribeAsync(db));
    }

    [Fact]
    public async Task The_query_table_holds_every_query_the_Orleans_providers_load()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await new SchemaMigrator(db, NullLogger.Instance).MigrateAsync(SchemaScripts.All, cancellationToken: Ct);

        string[] clustering = ["GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey"];
        string[] storage = ["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey"];
        var keys = (await DescribeAsync(db)).Split('\n').Where(l => l.StartsWith("query ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]);
        Assert.Superset(clustering.Concat(storage).ToHashSet(), keys.ToHashSet());
    }

    /// <summary>Every column of every table and view, and every stored query, as lines of text.</summary>
    private static async Task<string> DescribeAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL SELECT 'query ' || querykey || ' ' || md5(querytext) FROM orleansquery
            ORDER BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
