using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Reporting;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>A document of the year as listed (without its content).</summary>
public sealed record DocumentRow(int Id, ReportDocumentKind Kind, int Version, string FileName, bool Generated, string UploadedBy, DateTime UploadedAtUtc, int? SourceVersion, long Size);

/// <summary>
/// The documents of the rendicontazione: the Relazione generated from the data as Word, edited and uploaded again
/// (every version kept, with who and when; the latest goes on), its PDF/A for publication, the Giunta's deliberation
/// and the Nucleo's validation document. Read by the controllo di gestione, the segretario and the Nucleo.
/// </summary>
public sealed class RelazioneService(AppDbContext db, RelazioneDataLoader loader, PdfConverter pdf, TimeProvider time, AuditTrail audit, IOptions<ImportOptions> limits)
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static bool CanRead(Actor actor) => actor.Is(Roles.Administrator) || actor.Is(Roles.SecretaryGeneral) || actor.Is(Roles.EvaluationBody);

    public static bool CanUpload(Actor actor, ReportDocumentKind kind) => kind switch
    {
        ReportDocumentKind.Validation => actor.Is(Roles.EvaluationBody) || actor.Is(Roles.Administrator),
        _ => actor.Is(Roles.Administrator),
    };

    public bool PdfAvailable => pdf.Executable() is not null;

    public Task<List<DocumentRow>> DocumentsAsync(int year, CancellationToken cancellationToken) =>
        db.ReportDocuments.AsNoTracking().Where(d => d.Year == year).OrderBy(d => d.Kind).ThenByDescending(d => d.Version)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.Version, d.FileName, d.Generated, d.UploadedBy, d.UploadedAtUtc, d.SourceVersion, d.Content.Length))
            .ToListAsync(cancellationToken);

    public Task<ReportDocument?> DocumentAsync(int id, CancellationToken cancellationToken) =>
        db.ReportDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<ReportDocument?> LatestAsync(int year, ReportDocumentKind kind, CancellationToken cancellationToken) =>
        db.ReportDocuments.AsNoTracking().Where(d => d.Year == year && d.Kind == kind).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The Relazione written from the data as it is now, kept as a new version.</summary>
    public async Task<ReportDocument> GenerateAsync(int year, string by, CancellationToken cancellationToken)
    {
        var data = await loader.LoadAsync(year, cancellationToken);
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        return await StoreAsync(year, ReportDocumentKind.Relazione, $"relazione-{year}.docx", WordType, RelazioneWriter.Write(data, today), generated: true, by, cancellationToken);
    }

    /// <summary>An uploaded file (an edited Relazione, the deliberation, the validation document); null and the reason when refused.</summary>
    public async Task<(ReportDocument? Document, string? Error)> UploadAsync(int year, ReportDocumentKind kind, string fileName, byte[] content, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return (null, "Il file è vuoto.");
        }

        if (content.LongLength > limits.Value.MaxFileSizeMb * 1024L * 1024L)
        {
            return (null, $"Il file supera il limite di {limits.Value.MaxFileSizeMb} MB.");
        }

        var isWord = content.Length > 4 && content[0] == 0x50 && content[1] == 0x4B && fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        var isPdf = content.Length > 4 && content[0] == 0x25 && content[1] == 0x50 && content[2] == 0x44 && content[3] == 0x46;
        if (kind == ReportDocumentKind.Relazione && !isWord)
        {
            return (null, "La Relazione si carica come documento Word (.docx), quello scaricato e modificato.");
        }

        if (kind is ReportDocumentKind.Deliberation or ReportDocumentKind.Validation && !isPdf && !isWord)
        {
            return (null, "Il documento si carica in PDF (o Word .docx).");
        }

        if (kind == ReportDocumentKind.RelazionePdf)
        {
            return (null, "Il PDF della Relazione si ottiene dalla versione Word approvata, non si carica.");
        }

        var name = Path.GetFileName(fileName);
        return (await StoreAsync(year, kind, name, isPdf ? "application/pdf" : WordType, content, generated: false, by, cancellationToken), null);
    }

    /// <summary>The PDF/A-2b of the latest Relazione version, kept beside it; the reason when it cannot be made.</summary>
    public async Task<(ReportDocument? Document, string? Error)> RenderPdfAsync(int year, string by, CancellationToken cancellationToken)
    {
        var word = await LatestAsync(year, ReportDocumentKind.Relazione, cancellationToken);
        if (word is null)
        {
            return (null, "Non c'è ancora una versione Word della Relazione.");
        }

        if (!PdfAvailable)
        {
            return (null, "LibreOffice non è installato su questo server (pacchetto Debian libreoffice-writer-nogui, o l'impostazione Pdf:LibreOfficePath): si pubblica il file Word.");
        }

        var bytes = await pdf.ConvertAsync(word.Content, cancellationToken);
        if (bytes is null)
        {
            return (null, "La conversione in PDF non è riuscita: il file Word potrebbe essere danneggiato. I dettagli sono nel registro del servizio.");
        }

        var document = await StoreAsync(year, ReportDocumentKind.RelazionePdf, $"relazione-{year}-v{word.Version}.pdf", "application/pdf", bytes, generated: true, by, cancellationToken, word.Version);
        return (document, null);
    }

    private async Task<ReportDocument> StoreAsync(int year, ReportDocumentKind kind, string fileName, string type, byte[] content, bool generated, string by, CancellationToken cancellationToken, int? source = null)
    {
        var version = (await db.ReportDocuments.Where(d => d.Year == year && d.Kind == kind).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;
        var document = new ReportDocument(year, kind, version, fileName, type, content, generated, by, time.GetUtcNow().UtcDateTime);
        if (source is { } from)
        {
            document.RenderedFrom(from);
        }

        db.ReportDocuments.Add(document);
        await audit.RecordAsAsync(by, "report.document", "ReportDocument", null, null, new { Year = year, Kind = kind.ToString(), Version = version, File = fileName, generated }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }
}
