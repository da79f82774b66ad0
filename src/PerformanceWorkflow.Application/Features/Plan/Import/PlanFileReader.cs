using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>A row of a file as read, before any interpretation: its line (or spreadsheet row) and its cells.</summary>
internal sealed record RawRow(int Line, string[] Cells)
{
    public bool IsBlank => Array.TrueForAll(Cells, string.IsNullOrWhiteSpace);
}

/// <summary>A sheet of a workbook, or the whole of a text or CSV file.</summary>
internal sealed record RawSheet(string Name, IReadOnlyList<RawRow> Rows, bool IsDocumentText);

/// <summary>
/// Reads the bytes of an uploaded plan into rows of cells, whatever the format: the PIAO text itself (tab-separated
/// tables among prose), CSV with ';' or ',' (UTF-8 with or without BOM, or Windows-1252 as older Excel saves it),
/// or an XLSX workbook. The format is decided from the content, not from the file name.
/// </summary>
internal static class PlanFileReader
{
    private static readonly char[] Separators = [';', ',', '\t'];

    public static IReadOnlyList<RawSheet> Read(byte[] content, string fileName, ImportLog log)
    {
        if (content.Length == 0 || Array.TrueForAll(content, b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            log.Error(null, "Il file è vuoto.");
            return [];
        }

        if (StartsWith(content, 0x50, 0x4B, 0x03, 0x04))
        {
            return ReadWorkbook(content, log);
        }

        if (StartsWith(content, 0xD0, 0xCF, 0x11, 0xE0))
        {
            log.Error(null, "Il file è nel vecchio formato Office 97-2003 (.xls o .doc), che non è supportato: aprirlo con Excel e salvarlo come cartella di lavoro .xlsx, oppure come CSV.");
            return [];
        }

        if (StartsWith(content, 0x25, 0x50, 0x44, 0x46))
        {
            log.Error(null, "Il file è un PDF: caricare il testo estratto dal PIAO, oppure la tabella in Excel (.xlsx) o CSV.");
            return [];
        }

        var text = Decode(content, log);
        if (text is null)
        {
            return [];
        }

        var lines = text.Split('\n');
        var tabular = lines.Count(l => l.Count(c => c == '\t') >= 2);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (tabular > 0 && extension != ".csv")
        {
            return [new RawSheet(Path.GetFileName(fileName), ReadDocumentText(lines), IsDocumentText: true)];
        }

        return [new RawSheet(Path.GetFileName(fileName), ReadCsv(text, log), IsDocumentText: false)];
    }

    private static bool StartsWith(byte[] content, params byte[] magic) =>
        content.Length >= magic.Length && content.AsSpan(0, magic.Length).SequenceEqual(magic);

    private static string? Decode(byte[] content, ImportLog log)
    {
        if (StartsWith(content, 0xFF, 0xFE) || StartsWith(content, 0xFE, 0xFF))
        {
            // Excel's "Testo Unicode" is UTF-16 with a byte-order mark.
            using var reader = new StreamReader(new MemoryStream(content), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return Normalize(reader.ReadToEnd());
        }

        var probe = content.AsSpan(0, Math.Min(content.Length, 64 * 1024));
        if (probe.Contains((byte)0))
        {
            log.Error(null, "Il file non è un testo né un foglio Excel: sembra un file binario o rinominato. Caricare il testo del PIAO, un CSV o un .xlsx.");
            return null;
        }

        var start = StartsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return Normalize(strict.GetString(content, start, content.Length - start));
        }
        catch (DecoderFallbackException)
        {
            // Italian Excel saves "CSV (delimitato dal separatore di elenco)" in Windows-1252.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            log.Warning(null, "Il file non è in UTF-8: letto come Windows-1252 (la codifica dei CSV salvati da Excel). Verificare le lettere accentate nell'anteprima.");
            return Normalize(Encoding.GetEncoding(1252).GetString(content));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static List<RawRow> ReadDocumentText(string[] lines)
    {
        var rows = new List<RawRow>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            rows.Add(new RawRow(i + 1, lines[i].Split('\t')));
        }

        return rows;
    }

    private static List<RawRow> ReadCsv(string text, ImportLog log)
    {
        var firstLine = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
        var separator = Separators.MaxBy(d => firstLine.Count(c => c == d));
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        var rows = new List<RawRow>();
        using var csv = CsvReader.FromText(text, options);
        var lastLine = 0L;
        try
        {
            while (csv.Read())
            {
                // LineNumber is where the record ends; a quoted cell with line breaks starts earlier.
                var line = (int)Math.Max(lastLine + 1, 1);
                lastLine = csv.LineNumber;
                rows.Add(new RawRow(line, csv.Current.ToArray()));
            }
        }
        catch (CsvFormatException ex)
        {
            log.Error((int)lastLine + 1, $"CSV non leggibile dalla riga {(lastLine + 1).ToString(CultureInfo.InvariantCulture)}: controllare virgolette e separatore ({ex.Message}).");
        }

        return rows;
    }

    private static List<RawSheet> ReadWorkbook(byte[] content, ImportLog log)
    {
        using (var zip = OpenZip(content))
        {
            if (zip is null || zip.GetEntry("xl/workbook.xml") is null)
            {
                log.Error(null, "Il file è un archivio compresso ma non una cartella di lavoro Excel (.xlsx): forse un documento Word o un file rinominato.");
                return [];
            }
        }

        var sheets = new List<RawSheet>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (var name in stream.GetSheetNames())
            {
                var rows = new List<RawRow>();
                var number = 0;
                foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: name))
                {
                    number++;
                    rows.Add(new RawRow(number, CellsOf(row)));
                }

                sheets.Add(new RawSheet(name, rows, IsDocumentText: false));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IndexOutOfRangeException or KeyNotFoundException or FormatException)
        {
            log.Error(null, "La cartella di lavoro Excel è danneggiata o non leggibile: aprirla con Excel, salvarla di nuovo come .xlsx e riprovare.");
            return [];
        }

        return sheets;
    }

    private static ZipArchive? OpenZip(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string[] CellsOf(IDictionary<string, object?> row)
    {
        // MiniExcel keys cells by column letter (A, B, …, AA); the dictionary keeps sheet order.
        var cells = new string[row.Count];
        var i = 0;
        foreach (var value in row.Values)
        {
            cells[i++] = value switch
            {
                null => string.Empty,
                DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                double number => number.ToString("0.############", CultureInfo.InvariantCulture),
                decimal number => number.ToString("0.############", CultureInfo.InvariantCulture),
                bool flag => flag ? "X" : "-",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        return cells;
    }
}
