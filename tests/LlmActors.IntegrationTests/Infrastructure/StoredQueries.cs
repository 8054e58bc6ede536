using System.Data;
using LlmActors.Silo.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the OrleansQuery rows the way Orleans' ADO.NET providers do: the stored text, parameters by bare name
/// with the same .NET types, first column of each result row.
/// </summary>
public sealed class StoredQueries(string connectionString)
{
    public static async Task<StoredQueries> OnFreshDatabaseAsync(PostgresServer server)
    {
        var db = await server.CreateDatabaseAsync();
        await new SchemaMigrator(db, NullLogger.Instance).MigrateAsync(SchemaScripts.All);
        return new StoredQueries(db);
    }

    public async Task<List<object?[]>> RunAsync(string queryKey, params (string Name, object? Value, DbType Type)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string text;
        await using (var lookup = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @k", connection))
        {
            lookup.Parameters.AddWithValue("k", queryKey);
            text = (string)(await lookup.ExecuteScalarAsync())!;
        }

        await using var command = new NpgsqlCommand(text, connection);
        foreach (var (name, value, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { ParameterName = name, Value = value ?? DBNull.Value, DbType = type });
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
