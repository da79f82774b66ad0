using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerformanceWorkflow.Application.Data;

/// <summary>
/// One service per SQLite file. Two services on one file would each run the sweeps and the outbox with an in-memory
/// job storage that the other cannot see, so the second refuses to start, naming the file and the process that holds
/// it. The lock is the operating system's on "file.db.lock", released when the process ends, even killed: never stale.
/// `pw` commands are not services and do not take it; `pw db restore` asks it before replacing the file.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    private readonly FileStream stream;

    private SqliteInstanceLock(FileStream stream, string databaseFile)
    {
        this.stream = stream;
        DatabaseFile = databaseFile;
    }

    public string DatabaseFile { get; }

    /// <summary>The lock file beside a database file (and, with ".info" added, the process that holds it).</summary>
    public static string LockFileOf(string databaseFile) => databaseFile + ".lock";

    /// <summary>The SQLite file of a connection string, or null for an in-memory database.</summary>
    public static string? DatabaseFileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.Length == 0 || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    /// <summary>Takes the file for this process, or throws with a message for the person starting the service.</summary>
    public static SqliteInstanceLock Acquire(string databaseFile)
    {
        ArgumentNullException.ThrowIfNull(databaseFile);
        var path = LockFileOf(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException(
                $"Il database SQLite {databaseFile} è già usato da un altro servizio avviato ({Holder(databaseFile)}). " +
                "Con SQLite gira una sola istanza del servizio: fermare l'altra, oppure, per più istanze, usare PostgreSQL o SQL Server (README).");
        }

        // Who holds it goes beside the lock, not in it: the operating system's lock keeps readers out of the locked file.
        File.WriteAllText(path + ".info", string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {Environment.MachineName}"));
        return new SqliteInstanceLock(stream, databaseFile);
    }

    /// <summary>Whether a service holds the file now.</summary>
    public static bool IsHeld(string databaseFile)
    {
        try
        {
            using var probe = new FileStream(LockFileOf(databaseFile), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>"processo 1234 su host" as the holder wrote it, when it can be read.</summary>
    public static string Holder(string databaseFile)
    {
        try
        {
            var parts = File.ReadAllText(LockFileOf(databaseFile) + ".info").Split(' ', 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2 ? $"processo {parts[0]} su {parts[1]}" : "processo sconosciuto";
        }
        catch (IOException)
        {
            return "processo sconosciuto";
        }
    }

    public void Dispose() => stream.Dispose();
}
