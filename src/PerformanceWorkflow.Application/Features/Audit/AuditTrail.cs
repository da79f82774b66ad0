using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Application.Features.Audit;

/// <summary>
/// A row of the audit trail: who did what, when (UTC), to which record, before and after. Rows are hash-chained:
/// each carries the hash of the previous one, so that editing or deleting a row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Assigned in sequence under the chain's lock (not by the database), so that it can be hashed.</summary>
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The user name, or "cli:…" / "sistema" for the command-line tool and jobs.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>A stable code: plan.import, values.import, value.changed, settings.changed, user.created, signin.failure…</summary>
    public string Action { get; set; } = string.Empty;

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>The state before, as JSON (null for creations).</summary>
    public string? Before { get; set; }

    /// <summary>The state after, as JSON (null for deletions).</summary>
    public string? After { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    /// <summary>SHA-256 of the previous hash and every field of the row.</summary>
    public string ComputeHash()
    {
        // Ticks, not a formatted date: a database gives the value back without its UTC kind.
        var text = string.Join('\u001F', PreviousHash, Id.ToString(CultureInfo.InvariantCulture), AtUtc.Ticks.ToString(CultureInfo.InvariantCulture), Actor, Action, EntityType, EntityId, Before, After);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>The end of the chain: the last id and hash. Updating it first in a transaction serializes appends across instances.</summary>
public sealed class AuditHead
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; set; }

    public long LastId { get; set; }

    public string LastHash { get; set; } = Genesis;

    public long Version { get; set; }
}

/// <summary>Appends to the audit trail, in the transaction of the change it records.</summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider time, IActorAccessor actors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a change made by the current actor.</summary>
    public async Task RecordAsync(string action, string? entityType, object? entityId, object? before, object? after, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        await RecordAsAsync(actor.Name, action, entityType, entityId, before, after, cancellationToken);
    }

    /// <summary>
    /// Records a change made by <paramref name="actorName"/> (for example a failed sign-in, where nobody is signed in).
    /// Inside the caller's transaction the row is saved with the caller's changes; otherwise on its own.
    /// </summary>
    public async Task RecordAsAsync(string actorName, string action, string? entityType, object? entityId, object? before, object? after, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await AppendAsync(actorName, action, entityType, entityId, before, after, cancellationToken);
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AppendAsync(actorName, action, entityType, entityId, before, after, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private async Task AppendAsync(string actorName, string action, string? entityType, object? entityId, object? before, object? after, CancellationToken cancellationToken)
    {
        // Taking the head's row lock first: concurrent appends wait here and never fork the chain.
        await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);
        var entry = new AuditEntry
        {
            Id = head.LastId + 1,
            AtUtc = HashableTime(time.GetUtcNow().UtcDateTime),
            Actor = Truncate(actorName, 256),
            Action = action,
            EntityType = entityType,
            EntityId = entityId is null ? null : Convert.ToString(entityId, CultureInfo.InvariantCulture),
            Before = Serialize(before),
            After = Serialize(after),
            PreviousHash = head.LastHash,
        };
        entry.Hash = entry.ComputeHash();
        db.AuditEntries.Add(entry);
        await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, entry.Id).SetProperty(h => h.LastHash, entry.Hash), cancellationToken);
    }

    /// <summary>
    /// The time in whole microseconds: the precision every supported database keeps (PostgreSQL's timestamps stop
    /// there), so that the ticks hashed are the ticks read back.
    /// </summary>
    internal static DateTime HashableTime(DateTime utc) =>
        DateTime.SpecifyKind(new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond)), DateTimeKind.Utc);

    private static string? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => JsonSerializer.Serialize(value, Json),
    };

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
