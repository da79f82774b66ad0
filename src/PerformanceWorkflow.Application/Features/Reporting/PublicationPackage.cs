using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Domain.Reporting;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>
/// The package for Amministrazione Trasparente › Performance: the Relazione (PDF/A, or the Word file where LibreOffice is
/// not installed), the Nucleo's validation document, and the art. 20 D.Lgs. 33/2013 tables as CSV and PDF — aggregate
/// data only, cells about fewer than 3 people not published.
/// </summary>
public sealed class PublicationPackage(RelazioneService relazione, BonusService bonuses, PdfConverter pdf)
{
    public async Task<byte[]> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var report = await bonuses.ComputeAsync(year, cancellationToken);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var document = await relazione.LatestAsync(year, ReportDocumentKind.RelazionePdf, cancellationToken) ?? await relazione.LatestAsync(year, ReportDocumentKind.Relazione, cancellationToken);
            if (document is not null)
            {
                await AddAsync(zip, document.FileName, document.Content, cancellationToken);
            }

            if (await relazione.LatestAsync(year, ReportDocumentKind.Validation, cancellationToken) is { } validation)
            {
                await AddAsync(zip, $"validazione-{year}{Path.GetExtension(validation.FileName)}", validation.Content, cancellationToken);
            }

            await AddAsync(zip, $"art20-{year}-dirigenti.csv", Csv(report.Dirigenti), cancellationToken);
            await AddAsync(zip, $"art20-{year}-personale.csv", Csv(report.Personale), cancellationToken);
            var tables = Word(year, [report.Dirigenti, report.Personale]);
            if (await pdf.ConvertAsync(tables, cancellationToken) is { } rendered)
            {
                await AddAsync(zip, $"art20-{year}.pdf", rendered, cancellationToken);
            }
            else
            {
                await AddAsync(zip, $"art20-{year}.docx", tables, cancellationToken);
            }
        }

        return output.ToArray();
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await stream.WriteAsync(content, cancellationToken);
    }

    private static string Euro(decimal? value) => value is { } v ? v.ToString("0.00", ItalianFormat.Culture) : "n.p.";

    private static IEnumerable<string[]> Rows(Art20Table t) =>
    [
        ["Premi stanziati", t.People.ToString(ItalianFormat.Culture), Euro(t.Budgeted)],
        ["Premi distribuiti", t.People.ToString(ItalianFormat.Culture), Euro(t.Paid)],
        .. t.Bands.Select(b => new[] { $"Fascia di punteggio {b.Band}", b.People?.ToString(ItalianFormat.Culture) ?? "n.p.", Euro(b.Premiums) }),
        .. t.Categories.Select(c => new[] { $"{c.Category}: premio minimo / massimo", c.People?.ToString(ItalianFormat.Culture) ?? "n.p.", c.MinPremium is null ? "n.p." : $"{Euro(c.MinPremium)} / {Euro(c.MaxPremium)}" }),
        ["Grado di differenziazione (coefficiente di variazione dei premi, %)", t.People.ToString(ItalianFormat.Culture), t.DifferentiationPercent is { } d ? d.ToString("0.0", ItalianFormat.Culture) : "n.p."],
        .. t.Notes.Select(n => new[] { "Nota", string.Empty, n }),
    ];

    /// <summary>A table as CSV (`;`, UTF-8 with BOM), as the transparency portal takes it.</summary>
    public static byte[] Csv(Art20Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new StringBuilder($"Voce;Persone;Valore (euro o %) — {table.Title}\r\n");
        foreach (var row in Rows(table))
        {
            builder.AppendJoin(';', row.Select(c => c.Contains(';', StringComparison.Ordinal) ? $"\"{c}\"" : c)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static byte[] Word(int year, IEnumerable<Art20Table> tables)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(new Paragraph(new Run(new RunProperties(new Bold(), new FontSize { Val = "32" }), new Text($"Premi {year} — art. 20 D.Lgs. 33/2013"))));
            foreach (var table in tables)
            {
                body.Append(new Paragraph(new Run(new RunProperties(new Bold()), new Text(table.Title))));
                var grid = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                    new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
                grid.Append(new TableRow(new TableRowProperties(new TableHeader()), Cell("Voce", true), Cell("Persone", true), Cell("Valore", true)));
                foreach (var row in Rows(table))
                {
                    grid.Append(new TableRow(row.Select(c => Cell(c, false))));
                }

                body.Append(grid, new Paragraph());
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static TableCell Cell(string text, bool bold) =>
        new(new Paragraph(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
}
