using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Audit;

/// <summary>The outcome of a verification: intact, or the first row where the chain breaks and why.</summary>
public sealed record AuditVerification(bool Intact, long Rows, long? BrokenAt, string Message);

/// <summary>A search of the audit trail.</summary>
public sealed record AuditSearch(string? Text, string? Action, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50);

/// <summary>Verifies, searches and exports the audit trail.</summary>
public sealed class AuditQueries(AppDbContext db)
{
    /// <summary>Walks the chain from the first row: an edited row fails its hash, a deleted one leaves a gap or a wrong link.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expectedPrevious = AuditHead.Genesis;
        var expectedId = 1L;
        var rows = 0L;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            if (entry.Id != expectedId)
            {
                return new AuditVerification(false, rows, entry.Id, $"Catena interrotta alla riga {entry.Id}: manca la riga {expectedId} (cancellata).");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditVerification(false, rows, entry.Id, $"Catena interrotta alla riga {entry.Id}: non segue la riga precedente (riga precedente alterata o sostituita).");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return new AuditVerification(false, rows, entry.Id, $"Riga {entry.Id} alterata: il suo contenuto non corrisponde all'impronta registrata.");
            }

            expectedPrevious = entry.Hash;
            expectedId++;
        }

        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);
        if (head.LastId != expectedId - 1 || head.LastHash != expectedPrevious)
        {
            return new AuditVerification(false, rows, expectedId, $"Catena interrotta dopo la riga {expectedId - 1}: le ultime righe (fino alla {head.LastId}) sono state cancellate.");
        }

        return new AuditVerification(true, rows, null, $"Registro integro: {rows.ToString(CultureInfo.InvariantCulture)} righe verificate.");
    }

    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total)> SearchAsync(AuditSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = Filter(search);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Id).Skip((Math.Max(1, search.Page) - 1) * search.PageSize).Take(search.PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    /// <summary>The search as CSV (';', UTF-8 with BOM), oldest first, with the hashes so that the export can be verified.</summary>
    public async Task ExportAsync(AuditSearch search, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        csv.WriteRecord(["Id", "Quando", "Chi", "Azione", "Oggetto", "IdOggetto", "Prima", "Dopo", "ImprontaPrecedente", "Impronta"]);
        await foreach (var e in Filter(search).OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.WriteRecord([e.Id.ToString(CultureInfo.InvariantCulture), ItalianFormat.DateTime(e.AtUtc), e.Actor, e.Action, e.EntityType ?? string.Empty, e.EntityId ?? string.Empty, e.Before ?? string.Empty, e.After ?? string.Empty, e.PreviousHash, e.Hash]);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private IQueryable<AuditEntry> Filter(AuditSearch search)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            query = query.Where(e => e.Action == search.Action);
        }

        if (search.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= start);
        }

        if (search.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim();
            query = query.Where(e => e.Actor.Contains(text) || (e.EntityId != null && e.EntityId.Contains(text)) || (e.EntityType != null && e.EntityType.Contains(text))
                || (e.Before != null && e.Before.Contains(text)) || (e.After != null && e.After.Contains(text)));
        }

        return query;
    }
}
