using Npgsql;

namespace LlmActors.IntegrationTests.Reliability.Security;

/// <summary>Keys are stored hashed: after keys were created, used, rate limited and revoked, no table holds one.</summary>
[Collection(SecurityClusterCollection.Name)]
public sealed class HashedKeyTests(SecurityClusterFixture fixture)
{
    [Fact]
    public async Task No_table_of_the_database_holds_a_plain_key_or_its_secret()
    {
        var keys = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var key = await fixture.First.CreateProjectKeyAsync($"hashed-{i}");
            keys.Add(key);
            using var client = fixture.Second.Client(key);
            var chat = await client.PostAsJsonAsync("/v1/chat/completions",
                new { model = "sim-small", messages = new[] { new { role = "user", content = "hello" } } }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        }

        using (var admin = fixture.First.Client(ApiHandle.AdminKey))
        {
            await admin.DeleteAsync($"/admin/keys/{keys[0][..17]}", TestContext.Current.CancellationToken);
        }

        var dump = await DumpAsync(fixture.ConnectionString);

        Assert.Contains(keys[1][..17], dump);
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, dump);
            Assert.DoesNotContain(key[18..], dump);
        }

        Assert.DoesNotContain(ApiHandle.AdminKey, dump);
    }

    /// <summary>Every row of every table in the database as text, as someone with a copy of it could read it.</summary>
    private static async Task<string> DumpAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {table} t", connection);
            text.AppendLine(table).AppendLine((string)(await rows.ExecuteScalarAsync())!);
        }

        return text.ToString();
    }
}
