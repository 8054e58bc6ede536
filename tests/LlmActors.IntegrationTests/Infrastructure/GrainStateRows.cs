using System.Text.Json;
using Npgsql;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>Reads persisted grain state straight from PostgreSQL, as an operator would with psql.</summary>
public static class GrainStateRows
{
    /// <summary>The JSON payload and version (ETag) of one state row, or null when there is none.</summary>
    public static async Task<(JsonElement Payload, int Version)?> ReadAsync(string connectionString, string stateName, string grainKey)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text, version FROM orleans_grain_state WHERE state_name = @state AND grain_key = @key", connection);
        command.Parameters.AddWithValue("state", stateName);
        command.Parameters.AddWithValue("key", grainKey);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        using var json = JsonDocument.Parse(reader.GetString(0));
        return (json.RootElement.Clone(), reader.GetInt32(1));
    }
}
