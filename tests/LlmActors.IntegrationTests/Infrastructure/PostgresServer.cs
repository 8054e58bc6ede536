using Npgsql;

namespace LlmActors.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server: initdb in a temp folder, a free port on 127.0.0.1, durability off for speed
/// unless asked for (the budget benchmark measures with it on). Stopped and deleted on dispose. Binaries from
/// PG_BIN (set by scripts/test.sh) or /usr/lib/postgresql/*/bin. Also compiled into the benchmark and unit tests.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string NoDurability = " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    private readonly string _bin;
    private readonly DirectoryInfo _folder;
    private readonly bool _durable;

    private PostgresServer(string bin, DirectoryInfo folder, int port, bool durable)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _durable = durable;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_folder.FullName, "data");

    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var bin = FindBin();
        var folder = Directory.CreateTempSubdirectory("llmactors-pg-");
        if (CommandLine.IsRoot)
        {
            await CommandLine.RunAsync("chown", "postgres", folder.FullName);
        }

        var server = new PostgresServer(bin, folder, FreePort.Next(), durable);
        await CommandLine.RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", server.DataDir, "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and data, as after an outage.</summary>
    public Task StartAgainAsync() =>
        CommandLine.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-l", Path.Combine(_folder.FullName, "server.log"),
            "-w", "-t", "60", "-o", $"-p {Port} -k {_folder.FullName} -c listen_addresses=127.0.0.1{(_durable ? "" : NoDurability)}",
            "start");

    /// <summary>Stops the server at once, dropping every connection (an outage; the data stays).</summary>
    public Task StopAsync() =>
        CommandLine.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "stop");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CommandLine.RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", DataDir, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            _folder.Delete(recursive: true);
        }
    }

    private static string FindBin()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("PG_BIN") }
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(d => d is { Length: > 0 } && File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run scripts/test.sh (it installs them) or set PG_BIN.");
    }
}
