using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LlmActors.Bench.Postgres;

/// <summary>
/// A PostgreSQL server of our own for a benchmark or test run: initdb in a temp folder, a free port on
/// 127.0.0.1, stopped and deleted on dispose. Server programs run as the postgres user when we are root.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly DirectoryInfo _folder;

    private ThrowawayPostgres(string bin, DirectoryInfo folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_folder.FullName, "data");

    /// <summary><paramref name="durable"/> keeps fsync and synchronous commit on, as production would.</summary>
    public static async Task<ThrowawayPostgres> StartAsync(bool durable)
    {
        var folder = Directory.CreateTempSubdirectory("llmactors-pg-");
        if (IsRoot)
        {
            await RunAsync("chown", "postgres", folder.FullName);
        }

        var server = new ThrowawayPostgres(FindBin(), folder, FreePort());
        await RunAsPostgresAsync(server.Tool("initdb"), "-D", server.DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        var durability = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsPostgresAsync(server.Tool("pg_ctl"), "-D", server.DataDir, "-l", Path.Combine(folder.FullName, "server.log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {folder.FullName} -c listen_addresses=127.0.0.1{durability}", "start");
        return server;
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>A fresh, empty database; answers its connection string.</summary>
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
            await RunAsPostgresAsync(Tool("pg_ctl"), "-D", DataDir, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            _folder.Delete(recursive: true);
        }
    }

    private string Tool(string name) => Path.Combine(_bin, name);

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBin() =>
        new[] { Environment.GetEnvironmentVariable("PG_BIN") }
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                : [])
            .FirstOrDefault(d => d is { Length: > 0 } && File.Exists(Path.Combine(d, "initdb")))
        ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run scripts/ensure-postgres.sh or set PG_BIN.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string program, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}
