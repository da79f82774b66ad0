using System.Globalization;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>A data row of a table, cells already in the canonical column order of its table.</summary>
internal sealed record TableRow(int Line, string[] Cells, bool AfterPageBreak);

/// <summary>A table found in a file: the header, then its rows (a header repeated at a page break continues the table).</summary>
internal sealed record SourceTable(TableKind Kind, string Source, int HeaderLine, IReadOnlyList<int> Years, IReadOnlyList<TableRow> Rows, bool IsDocumentText);

/// <summary>
/// Finds the tables in the rows of a file. In the PIAO text, tables sit among prose and their header repeats at each
/// page break; in a workbook each sheet holds a table. A row with a single cell (a paragraph) ends a table.
/// </summary>
internal static class TableSegmenter
{
    public static IReadOnlyList<SourceTable> Segment(IReadOnlyList<RawSheet> sheets, ImportLog log)
    {
        var tables = new List<SourceTable>();
        foreach (var sheet in sheets)
        {
            log.Source = sheets.Count > 1 ? sheet.Name : null;
            SegmentSheet(sheet, tables, log);
        }

        log.Source = null;
        if (tables.Count == 0 && !log.HasErrors)
        {
            log.Error(null, "Nessuna tabella del piano riconosciuta. Il file deve contenere la tabella operativa (intestazione: "
                + string.Join(", ", OperationalColumns.Headers) + ") o la tabella triennale (intestazione: "
                + string.Join(", ", TriennialColumns.Headers) + ", e gli anni).");
        }

        return tables;
    }

    private static void SegmentSheet(RawSheet sheet, List<SourceTable> tables, ImportLog log)
    {
        TableHeader? header = null;
        var headerLine = 0;
        List<TableRow>? rows = null;
        var pageBreak = false;
        var source = sheet.Name;

        void Close()
        {
            if (header is not null && rows is not null)
            {
                if (rows.Count == 0)
                {
                    log.Warning(headerLine, "Tabella senza righe: ignorata.");
                }
                else
                {
                    tables.Add(new SourceTable(header.Kind, source, headerLine, header.Years, rows, sheet.IsDocumentText));
                }
            }

            header = null;
            rows = null;
        }

        foreach (var raw in sheet.Rows)
        {
            if (raw.IsBlank)
            {
                continue;
            }

            var recognized = HeaderRecognizer.Recognize(raw.Cells);
            if (recognized is not null)
            {
                if (header is not null && header.Kind == recognized.Kind && SameColumns(header, recognized))
                {
                    // The header repeated at a page break: the table goes on.
                    pageBreak = true;
                    continue;
                }

                Close();
                if (!Accept(recognized, raw.Line, sheet.IsDocumentText, log))
                {
                    continue;
                }

                header = recognized;
                headerLine = raw.Line;
                rows = [];
                pageBreak = false;
                continue;
            }

            if (header is null || rows is null)
            {
                continue;
            }

            if (raw.Cells.Length == 1)
            {
                // A paragraph of prose: the table is over.
                Close();
                continue;
            }

            rows.Add(new TableRow(raw.Line, ToCanonical(header, raw.Cells), pageBreak));
            pageBreak = false;
        }

        Close();
    }

    private static bool SameColumns(TableHeader a, TableHeader b) =>
        a.Years.SequenceEqual(b.Years) && a.CanonicalIndexOfCell.Where(i => i >= 0).SequenceEqual(b.CanonicalIndexOfCell.Where(i => i >= 0));

    private static bool Accept(TableHeader header, int line, bool documentText, ImportLog log)
    {
        var name = header.Kind == TableKind.Operational ? "tabella operativa" : "tabella triennale";
        var ok = true;
        if (header.MissingColumns.Count > 0)
        {
            log.Error(line, $"Nella {name} mancano le colonne: {string.Join(", ", header.MissingColumns)}.");
            ok = false;
        }

        if (header.UnknownColumns.Count > 0)
        {
            // Offices add their own columns (notes, who is in charge, checks): left out, said, never a reason to refuse.
            log.Warning(line, $"Nella {name} le colonne {string.Join(", ", header.UnknownColumns.Select(c => $"«{c}»"))} non fanno parte del piano e sono ignorate. "
                + "Le colonne lette sono: " + string.Join(", ", header.Kind == TableKind.Operational ? OperationalColumns.Headers : TriennialColumns.Headers.Append("anni")) + ".");
        }

        if (documentText && !header.IsCanonicalOrder)
        {
            log.Error(line, $"Nel testo la {name} deve avere le colonne nell'ordine del PIAO.");
            ok = false;
        }

        return ok;
    }

    private static string[] ToCanonical(TableHeader header, string[] cells)
    {
        // Cells past the header stay where they are: in the PIAO text a row shifted right spills over the last column.
        var count = Math.Max(header.CanonicalCount, cells.Length);
        var canonical = new string[count];
        Array.Fill(canonical, string.Empty);
        for (var i = 0; i < cells.Length; i++)
        {
            if (header.IgnoredCells.Contains(i))
            {
                continue;
            }

            var mapped = i < header.CanonicalIndexOfCell.Length ? header.CanonicalIndexOfCell[i] : -1;
            var target = mapped >= 0 ? mapped : (header.IsCanonicalOrder ? i : -1);
            if (target >= 0)
            {
                canonical[target] = TextKey.Clean(cells[i]);
            }
        }

        return canonical;
    }

    /// <summary>Formats a year list for messages.</summary>
    public static string Years(IEnumerable<int> years) => string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
