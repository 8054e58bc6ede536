using Npgsql;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>Reads the membership table the way an operator would, through the <c>cluster_silos</c> view.</summary>
public static class Membership
{
    /// <summary>Silo ports by status (<c>active</c>, <c>dead</c>, ...) for one cluster.</summary>
    public static async Task<List<(int Port, string Status)>> SilosAsync(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT port, status FROM cluster_silos WHERE cluster_id = @c", connection);
        command.Parameters.AddWithValue("c", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var silos = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            silos.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return silos;
    }

    public static async Task<HashSet<int>> ActivePortsAsync(string connectionString, string clusterId) =>
        [.. (await SilosAsync(connectionString, clusterId)).Where(s => s.Status == "active").Select(s => s.Port)];
}
