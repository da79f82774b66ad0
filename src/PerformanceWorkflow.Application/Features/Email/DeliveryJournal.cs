using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>
/// What this process has claimed and delivered, written to a local file the moment it happens: a claim before the
/// first message of a batch, each message right after the server's 250. The database learns of deliveries a batch at a
/// time (one write per message would cost as much as the SMTP exchange); if the process is killed in between, the next
/// process that takes the file marks those messages sent and gives the claims back, so that only a message whose 250
/// arrived but whose line was not yet written can go out twice: at most one per kill. A write reaches the kernel, which
/// keeps it through a killed process; only a machine crash (no fsync) could lose lines.
/// Each process holds one file of the folder (an operating-system lock, gone with the process); a new process takes a
/// free file, recovering what a dead one left in it. The folder belongs to one database.
/// </summary>
public sealed partial class DeliveryJournal : IDisposable
{
    private static readonly string[] IdentityKeys = ["host", "server", "port", "database", "initial catalog"];
    private readonly Lock gate = new();
    private readonly string directory;
    private readonly ILogger<DeliveryJournal> logger;
    private readonly SemaphoreSlim recovery = new(1, 1);
    private FileStream? file;
    private bool recovered;
    private int openBatches;

    public DeliveryJournal(string directory, ILogger<DeliveryJournal> logger)
    {
        this.directory = directory;
        this.logger = logger;
    }

    /// <summary>The default folder for a database: beside a SQLite file, else under the service's data folder by server and name.</summary>
    public static string DefaultDirectory(DatabaseSettings database, string basePath)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.Sqlite && SqliteInstanceLock.DatabaseFileOf(database.ConnectionString) is { } sqlite)
        {
            return sqlite + ".outbox";
        }

        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        var identity = string.Join('|', IdentityKeys.Select(key => builder.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : string.Empty));
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16].ToLowerInvariant();
        return Path.Combine(basePath, "data", "outbox", name);
    }

    /// <summary>
    /// Once per process, before its first batch: takes a file and applies what it holds (a dead process's deliveries
    /// and claims) to the database, then empties it.
    /// </summary>
    public async Task RecoverAsync(AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (recovered)
        {
            return;
        }

        await recovery.WaitAsync(cancellationToken);
        try
        {
            if (recovered)
            {
                return;
            }

            var stream = Open();
            var (delivered, claims) = Read(stream);
            if (delivered.Count > 0 || claims.Count > 0)
            {
                var marked = 0;
                foreach (var chunk in delivered.Chunk(500))
                {
                    marked += await db.OutboxMessages.Where(m => chunk.Contains(m.Id) && m.Status != OutboxStatus.Sent)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAtUtc, nowUtc)
                            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null)
                            .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
                }

                var released = 0;
                foreach (var chunk in claims.Chunk(100))
                {
                    var tokens = chunk.Select(t => (Guid?)t).ToList();
                    released += await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sending && tokens.Contains(m.ClaimToken))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                            .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
                }

                LogRecovered(logger, marked, released);
            }

            lock (gate)
            {
                stream.SetLength(0);
                file = stream;
            }

            recovered = true;
        }
        finally
        {
            recovery.Release();
        }
    }

    /// <summary>A batch is claimed: written before its first message is sent.</summary>
    public void Claimed(Guid token)
    {
        lock (gate)
        {
            openBatches++;
            Append($"C {token:N}\n");
        }
    }

    /// <summary>The server answered 250 for this row.</summary>
    public void Delivered(long id)
    {
        lock (gate)
        {
            Append(string.Create(CultureInfo.InvariantCulture, $"D {id}\n"));
        }
    }

    /// <summary>A batch's outcomes are all in the database: when no batch is open, the file starts again empty.</summary>
    public void Settled()
    {
        lock (gate)
        {
            openBatches = Math.Max(0, openBatches - 1);
            if (openBatches == 0 && file is not null)
            {
                file.SetLength(0);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            file?.Dispose();
            file = null;
        }

        recovery.Dispose();
    }

    private void Append(string line)
    {
        if (file is null)
        {
            return;
        }

        // Appended at the end whatever the position after a truncation; the flush is the write(2) that makes it survive the process.
        file.Seek(0, SeekOrigin.End);
        file.Write(Encoding.ASCII.GetBytes(line));
        file.Flush();
    }

    private FileStream Open()
    {
        Directory.CreateDirectory(directory);
        for (var number = 1; number <= 64; number++)
        {
            try
            {
                return new FileStream(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"sender-{number}.journal")), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException)
            {
                // Held by a live process: the next one.
            }
        }

        throw new InvalidOperationException($"Nessun file libero nel giornale delle consegne {directory}: 64 processi lo usano già.");
    }

    private static (List<long> Delivered, List<Guid> Claims) Read(FileStream stream)
    {
        var delivered = new List<long>();
        var claims = new List<Guid>();
        stream.Position = 0;
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        var lines = reader.ReadToEnd().Split('\n');
        // The last piece has no end of line: a line being written when the process died, ignored like a message never
        // answered (one write(2) per line makes it unlikely, but a cut "D 1234" must never read as "D 12").
        foreach (var line in lines.Take(lines.Length - 1))
        {
            if (line.Length > 2 && line[0] == 'D' && long.TryParse(line.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                delivered.Add(id);
            }
            else if (line.Length > 2 && line[0] == 'C' && Guid.TryParseExact(line.AsSpan(2), "N", out var token))
            {
                claims.Add(token);
            }
        }

        return (delivered, claims);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giornale delle consegne: {Marked} messaggi consegnati prima di un arresto segnati come inviati, {Released} prenotazioni restituite")]
    private static partial void LogRecovered(ILogger logger, int marked, int released);
}
