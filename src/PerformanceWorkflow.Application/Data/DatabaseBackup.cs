using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PerformanceWorkflow.Application.Data;

/// <summary>Settings of section "Backup": the nightly copy of a SQLite database.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the nightly copies go (relative to the service's folder); empty: no nightly copy.</summary>
    public string? Directory { get; set; }

    /// <summary>How many copies to keep; older ones are deleted after a new one is written.</summary>
    public int Keep { get; set; } = 14;
}

/// <summary>
/// Copies of a SQLite database taken while the service writes (VACUUM INTO reads one consistent snapshot, compacted),
/// and their restoration. A server database (PostgreSQL, SQL Server) is saved with its own tools: the guidance says how.
/// </summary>
public sealed partial class DatabaseBackup(DatabaseSettings database, IOptions<BackupOptions> options, TimeProvider time, ILogger<DatabaseBackup> logger)
{
    public const string NightlyId = "backup-nightly";

    /// <summary>How to save and restore a server database, in Italian, for `pw db backup` and the README.</summary>
    public static string ServerGuidance(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            "Il database è PostgreSQL: si salva con i suoi strumenti, che ne garantiscono la coerenza anche mentre il servizio scrive. " +
            "Copia: pg_dump --format=custom --file=performance.dump NOME_DATABASE. Ripristino (servizio fermo): pg_restore --clean --if-exists --dbname=NOME_DATABASE performance.dump. " +
            "Per il recupero a un istante qualsiasi: archiviazione continua del WAL con pg_basebackup (docs/deployment.md).",
        DatabaseProvider.SqlServer =>
            "Il database è SQL Server: si salva con i suoi strumenti. Copia: BACKUP DATABASE [NOME] TO DISK = N'performance.bak' WITH CHECKSUM. " +
            "Ripristino (servizio fermo): RESTORE DATABASE [NOME] FROM DISK = N'performance.bak' WITH REPLACE. Di solito lo fa il piano di manutenzione del DBA (docs/deployment.md).",
        _ => string.Empty,
    };

    /// <summary>The SQLite file of this service, or null on a server database.</summary>
    public string? DatabaseFile => database.Provider == DatabaseProvider.Sqlite ? SqliteInstanceLock.DatabaseFileOf(database.ConnectionString) : null;

    /// <summary>Writes a consistent copy to <paramref name="destination"/> (which must not exist) and returns its size in bytes.</summary>
    public async Task<long> BackupAsync(string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (DatabaseFile is null)
        {
            throw new InvalidOperationException(ServerGuidance(database.Provider));
        }

        destination = Path.GetFullPath(destination);
        if (File.Exists(destination))
        {
            throw new InvalidOperationException($"Il file {destination} esiste già: scegliere un altro nome (una copia non ne sovrascrive un'altra).");
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO @destination";
            command.Parameters.AddWithValue("@destination", destination);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        SqliteConnection.ClearPool(new SqliteConnection(database.ConnectionString));
        return new FileInfo(destination).Length;
    }

    /// <summary>
    /// Replaces the database with a copy, after checking the copy: refused while a service holds the file, and when
    /// the copy is not a sound database of this service. The file replaced is kept beside it as ".prima-del-ripristino".
    /// </summary>
    public async Task<string> RestoreAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var target = DatabaseFile ?? throw new InvalidOperationException(ServerGuidance(database.Provider));
        source = Path.GetFullPath(source);
        if (!File.Exists(source))
        {
            throw new InvalidOperationException($"La copia {source} non esiste.");
        }

        if (SqliteInstanceLock.IsHeld(target))
        {
            throw new InvalidOperationException($"Il servizio è in funzione sul database {target} ({SqliteInstanceLock.Holder(target)}): fermarlo prima di ripristinare una copia.");
        }

        await CheckCopyAsync(source, cancellationToken);
        SqliteConnection.ClearAllPools();
        var staging = target + ".ripristino";
        File.Copy(source, staging, overwrite: true);
        var previous = target + ".prima-del-ripristino";
        if (File.Exists(target))
        {
            // The live file's WAL is part of it: folded in first so that the kept file is whole on its own.
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(target, previous, overwrite: true);
        }

        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(target + suffix);
        }

        File.Move(staging, target);
        LogRestored(logger, Path.GetFileName(source));
        return previous;
    }

    /// <summary>The nightly job: a copy named by its time, then only the newest <see cref="BackupOptions.Keep"/> kept.</summary>
    public async Task NightlyAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Directory) || DatabaseFile is null)
        {
            return;
        }

        var folder = Path.GetFullPath(settings.Directory, Path.GetDirectoryName(DatabaseFile)!);
        var name = $"{Path.GetFileNameWithoutExtension(DatabaseFile)}-{time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db";
        var destination = Path.Combine(folder, name);
        if (!File.Exists(destination))
        {
            var size = await BackupAsync(destination, cancellationToken);
            LogNightly(logger, name, size / 1024);
        }

        var pattern = $"{Path.GetFileNameWithoutExtension(DatabaseFile)}-*.db";
        foreach (var old in new DirectoryInfo(folder).GetFiles(pattern).OrderByDescending(f => f.Name, StringComparer.Ordinal).Skip(Math.Max(1, settings.Keep)))
        {
            old.Delete();
        }
    }

    /// <summary>A copy must open, pass its integrity check and carry this service's tables.</summary>
    private static async Task CheckCopyAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var integrity = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (integrity != "ok")
            {
                throw new InvalidOperationException($"La copia {file} è danneggiata ({integrity}): non ripristinata.");
            }

            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'AuditEntries', 'PlanYears')";
            if (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 3)
            {
                throw new InvalidOperationException($"{file} non è una copia di un database di PerformanceWorkflow: non ripristinata.");
            }
        }
        catch (SqliteException exception)
        {
            throw new InvalidOperationException($"{file} non è un database SQLite leggibile ({exception.SqliteErrorCode}): non ripristinato.", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copia notturna del database scritta: {Name} ({SizeKb} KB)")]
    private static partial void LogNightly(ILogger logger, string name, long sizeKb);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database ripristinato dalla copia {Name}")]
    private static partial void LogRestored(ILogger logger, string name);
}
