using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace PerformanceWorkflow.Cli.Bench;

/// <summary>
/// A throwaway PostgreSQL cluster from the machine's own binaries (Debian's postgresql-15): initdb into a temporary
/// folder, the server on a free loopback port, everything removed at the end. No Docker; for the tests and for the
/// `pw bench` cases that prove what a server database changes (several instances, crashes).
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private static readonly Lock SharedLock = new();
    private static Task<PostgresCluster>? shared;

    private PostgresCluster(string binaries, string directory, int port)
    {
        Binaries = binaries;
        Directory = directory;
        Port = port;
    }

    public string Binaries { get; }

    /// <summary>The data folder (and the server's socket and log).</summary>
    public string Directory { get; }

    public int Port { get; }

    /// <summary>The folder of initdb and pg_ctl: PW_PG_BIN, else the newest /usr/lib/postgresql/N/bin; null when none.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PW_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(root)
            .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")))
            .OrderByDescending(d => d.Version).Select(d => d.Folder).FirstOrDefault();
    }

    /// <summary>One cluster for the whole process (a test run), started on first use and stopped when the process ends.</summary>
    public static Task<PostgresCluster> SharedAsync()
    {
        lock (SharedLock)
        {
            if (shared is null)
            {
                shared = StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    if (shared.IsCompletedSuccessfully)
                    {
                        shared.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    }
                };
            }

            return shared;
        }
    }

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL non è installato: servono initdb e pg_ctl (Debian: apt-get install postgresql), oppure PW_PG_BIN con la cartella che li contiene.");
        var directory = Path.Combine(Path.GetTempPath(), $"pw-pg-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        var cluster = new PostgresCluster(binaries, directory, LoopbackSmtpSink.FreePort());
        try
        {
            if (RunsAsRoot)
            {
                // The server refuses to run as root: the folder goes to the postgres user, who runs it.
                await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false, cancellationToken);
            }

            await cluster.RunToolAsync("initdb", ["-D", Path.Combine(directory, "data"), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], cancellationToken);
            // Durability settings off: the cluster lives for one run, and a process crash (what the tests make) loses
            // nothing written to the kernel anyway; only a machine crash would.
            var options = string.Join(' ',
                "-c", $"port={cluster.Port}", "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={directory}",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300",
                "-c", "shared_buffers=64MB");
            await cluster.RunToolAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-o", options, "-w", "-t", "60", "start"], cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection string of a database of this cluster.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return ConnectionString(name);
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (System.IO.Directory.Exists(Path.Combine(Directory, "data")))
            {
                await RunToolAsync("pg_ctl", ["-D", Path.Combine(Directory, "data"), "-m", "immediate", "-w", "stop"], CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // Not running: nothing to stop.
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held: the temporary folder is cleaned by the system.
        }
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(Binaries, tool), arguments, RunsAsRoot, cancellationToken);

    private static bool RunsAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} non si avvia.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} è terminato con il codice {process.ExitCode}: {await error}{await output}");
        }
    }
}
