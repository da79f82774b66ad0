using System.Globalization;
using System.Text.RegularExpressions;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using C = PerformanceWorkflow.Application.Features.Plan.Import.OperationalColumns;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>An indicator row of the operational table, read and repaired, with everything merged cells implied.</summary>
internal sealed record OperationalRecord(
    int Line,
    string Department,
    string Unit,
    string? Code,
    string Objective,
    IReadOnlyList<string> Tags,
    int ManagementObjectiveSequence,
    string ManagementObjective,
    string Indicator,
    string? Office,
    IndicatorKind Kind,
    string KindLabel,
    DateOnly? DueDate,
    Target Target);

/// <summary>The operational table of one year, read.</summary>
internal sealed record OperationalTable(string Source, int? Year, IReadOnlyList<OperationalRecord> Records);

/// <summary>
/// Reads the operational table, repairing what a PDF extraction does to it by reasoning on the content of each row
/// (the indicator kind, the date and the target are recognisable, so a row shifted left or right is put back in place;
/// a row without kind or date continues the text of the row above; a row with a kind but no description completes the
/// indicator above, which is ambiguous and reported as such). Blank leading cells mean "same as above" (merged cells).
/// </summary>
internal static partial class OperationalTableReader
{
    private sealed class WorkRow(int line, string[] cells, bool afterPageBreak)
    {
        public List<int> Lines { get; } = [line];

        public string[] C { get; set; } = cells;

        public bool AfterPageBreak { get; } = afterPageBreak;

        public int Shift { get; set; }

        /// <summary>Texts were found outside their columns: blank cells of this row are not merged cells.</summary>
        public bool Displaced { get; set; }

        /// <summary>Where texts found outside their columns were put: column after the shift → column used.</summary>
        public Dictionary<int, int> Relocated { get; } = [];

        /// <summary>A row without kind, date or target whose texts continue the cells of the row above.</summary>
        public bool Fragment { get; set; }

        public int Line => Lines[0];

        public string Get(int column) => column < C.Length ? C[column] : string.Empty;

        public bool Has(int column) => Get(column).Length > 0;
    }

    public static OperationalTable Read(SourceTable table, ImportLog log)
    {
        var aligned = Align(table, log);
        var rows = Merge(aligned, table.IsDocumentText, log);
        var records = Interpret(rows, log);

        // The table's year is the year of most of its due dates, rows with errors included.
        var year = rows.Select(r => ItalianFormat.TryParseDate(r.Get(C.DueDate), out var d) || ItalianFormat.TryParseExcelSerial(r.Get(C.DueDate), out d) ? d.Year : (int?)null)
            .Where(y => y is not null)
            .GroupBy(y => y!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => (int?)g.Key)
            .FirstOrDefault();
        return new OperationalTable(table.Source, year, records);
    }

    private static bool IsKind(string cell) => cell.Length > 0 && IndicatorKinds.TryParse(cell, out _, out _);

    private static bool IsDate(string cell) => cell.Length > 0 && ItalianFormat.TryParseDate(cell, out _);

    private static List<WorkRow> Align(SourceTable table, ImportLog log)
    {
        var rows = new List<WorkRow>(table.Rows.Count);
        WorkRow? previous = null;
        foreach (var source in table.Rows)
        {
            var row = new WorkRow(source.Line, source.Cells, source.AfterPageBreak);
            var kindAt = Array.FindLastIndex(row.C, IsKind);
            var dateAt = Array.FindLastIndex(row.C, IsDate);
            int shift;
            var anchored = true;
            if (kindAt >= 0)
            {
                shift = C.Kind - kindAt;
            }
            else if (dateAt >= 0)
            {
                shift = C.DueDate - dateAt;
            }
            else
            {
                // No anchor: the rest of the row above, cut by a page break. It was printed where its own row was.
                anchored = false;
                shift = 0;
                if (previous is not null && TryLand(row.C, previous, out var landed))
                {
                    row.C = landed;
                    row.Fragment = true;
                    rows.Add(row);
                    continue;
                }
            }

            var stray = new List<(string Text, int From)>();
            if (shift != 0)
            {
                row.C = Shifted(row.C, shift, stray);
                row.Shift = shift;
                if (anchored)
                {
                    log.Repair(row.Line, $"Riga spostata di {Columns(shift)} verso {(shift > 0 ? "sinistra" : "destra")}: riallineata sulle colonne «Tipo Ind.» e «Data Previsione».");
                }
            }

            // Texts that cannot be what their column says slid there: a sentence is not a code, an office is not a tag.
            var misfits = new List<int>();
            if (row.Has(C.Code) && !OperationalObjective.LooksLikeCode(row.Get(C.Code)))
            {
                misfits.Add(C.Code);
            }

            if (row.Has(C.ObjectiveType) && (LooksLikeOffice(row.Get(C.ObjectiveType)) || row.Get(C.ObjectiveType).Length > 80))
            {
                misfits.Add(C.ObjectiveType);
            }

            // Texts in the Settore/UOC columns of a row without objective or indicator are not a department either.
            var hasObjectiveCells = new[] { C.Code, C.ObjectiveType, C.Objective, C.ManagementObjective, C.Indicator }.Any(c => row.Has(c) && !misfits.Contains(c));
            if (!hasObjectiveCells && anchored)
            {
                misfits.InsertRange(0, new[] { C.Department, C.Unit }.Where(row.Has));
            }

            foreach (var column in misfits)
            {
                stray.Add((row.C[column], column));
                row.C[column] = string.Empty;
            }

            // Cells past "Target" cannot belong to the row: a shift right that the anchor did not explain.
            for (var i = C.Count; i < row.C.Length; i++)
            {
                if (row.C[i].Length > 0)
                {
                    stray.Add((row.C[i], i));
                    row.C[i] = string.Empty;
                }
            }

            if (stray.Count > 0)
            {
                Place(row, stray, log);
            }

            rows.Add(row);
            previous = row;
        }

        return rows;
    }

    /// <summary>"1 colonna", "2 colonne".</summary>
    internal static string Columns(int shift) => Math.Abs(shift) == 1 ? "1 colonna" : $"{Math.Abs(shift).ToString(CultureInfo.InvariantCulture)} colonne";

    /// <summary>Columns that hold free text a page break can cut (not codes, dates or targets).</summary>
    private static bool IsTextColumn(int column) => column is C.Department or C.Unit or C.ObjectiveType or C.Objective or C.ManagementObjective or C.Indicator or C.Office or C.Kind;

    /// <summary>
    /// Places the cells of a fragment on the non-empty text cells of the row above, shifted and relocated as that row
    /// was; a fragment that lands nowhere sensible is not a fragment.
    /// </summary>
    private static bool TryLand(string[] cells, WorkRow previous, out string[] landed)
    {
        foreach (var shift in previous.Shift == 0 ? new[] { 0 } : [previous.Shift, 0])
        {
            var result = new string[C.Count];
            Array.Fill(result, string.Empty);
            var ok = false;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                var target = i + shift;
                if (previous.Relocated.TryGetValue(target, out var moved))
                {
                    target = moved;
                }

                ok = target is >= 0 and < C.Count && IsTextColumn(target) && previous.Has(target) && result[target].Length == 0;
                if (!ok)
                {
                    break;
                }

                result[target] = cells[i];
            }

            if (ok)
            {
                landed = result;
                return true;
            }
        }

        landed = [];
        return false;
    }

    private static string[] Shifted(string[] cells, int shift, List<(string Text, int From)> stray)
    {
        var result = new string[Math.Max(C.Count, cells.Length + Math.Max(0, shift))];
        Array.Fill(result, string.Empty);
        for (var i = 0; i < cells.Length; i++)
        {
            var target = i + shift;
            if (target < 0)
            {
                if (cells[i].Length > 0)
                {
                    stray.Add((cells[i], target));
                }
            }
            else
            {
                result[target] = cells[i];
            }
        }

        return result;
    }

    /// <summary>Puts texts found outside their columns into the empty columns they can be, and says so.</summary>
    private static void Place(WorkRow row, List<(string Text, int From)> stray, ImportLog log)
    {
        row.Displaced = true;
        var placed = new List<string>();

        void Put((string Text, int From) item, int column)
        {
            row.C[column] = item.Text;
            row.Relocated[item.From] = column;
            stray.Remove(item);
        }

        if (!row.Has(C.Office) && stray.Count > 1 && LooksLikeOffice(stray[^1].Text))
        {
            placed.Add($"«{Short(stray[^1].Text)}» come ufficio");
            Put(stray[^1], C.Office);
        }

        var code = stray.FindIndex(s => OperationalObjective.LooksLikeCode(s.Text));
        if (code >= 0 && !row.Has(C.Code))
        {
            placed.Add($"«{stray[code].Text}» come codice obiettivo");
            Put(stray[code], C.Code);
        }

        int[] slots = stray.Count switch
        {
            1 => [C.Indicator],
            2 => [C.ManagementObjective, C.Indicator],
            3 => [C.Objective, C.ManagementObjective, C.Indicator],
            _ => [],
        };
        if (slots.Length == 0 && stray.Count > 0)
        {
            log.Error(row.Line, $"Riga illeggibile: {stray.Count.ToString(CultureInfo.InvariantCulture)} testi fuori colonna ({string.Join("; ", stray.Select(s => $"«{Short(s.Text)}»"))}). Correggere la riga nel file.");
            return;
        }

        if (slots.Any(row.Has))
        {
            log.Error(row.Line, $"Riga illeggibile: i testi {string.Join("; ", stray.Select(s => $"«{Short(s.Text)}»"))} sono fuori colonna e le colonne dove andrebbero sono già piene. Correggere la riga nel file.");
            return;
        }

        var names = stray.Count switch
        {
            1 => ["obiettivo gestionale e come indicatore"],
            2 => new[] { "obiettivo gestionale", "indicatore" },
            _ => ["obiettivo operativo", "obiettivo gestionale", "indicatore"],
        };
        var items = stray.ToList();
        for (var i = 0; i < slots.Length; i++)
        {
            placed.Add($"«{Short(items[i].Text)}» come {names[i]}");
            Put(items[i], slots[i]);
        }

        log.Ambiguous(row.Line, $"Testi fuori colonna: letti {string.Join(", ", placed)}. Verificare la riga.");
    }

    [GeneratedRegex(@"^(uffici?o?|uff\.|segreteria|servizi?o?|polizia|personale|comando|sportello|settore|area|u\.?o\.?)\b|/|come altri settori", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OfficePattern();

    private static bool LooksLikeOffice(string text) => text.Length <= 80 && OfficePattern().IsMatch(text);

    private static List<WorkRow> Merge(List<WorkRow> aligned, bool documentText, ImportLog log)
    {
        var rows = new List<WorkRow>(aligned.Count);
        foreach (var row in aligned)
        {
            var previous = rows.Count > 0 ? rows[^1] : null;
            var hasKind = IsKind(row.Get(C.Kind));
            var hasDate = row.Has(C.DueDate);
            var hasTarget = row.Has(C.Target);
            var hasTitles = row.Has(C.Code) || row.Has(C.Objective) || row.Has(C.ManagementObjective) || row.Has(C.Indicator);

            if (!hasKind && !hasDate && !hasTarget && !row.Has(C.Code))
            {
                // Only a PDF extraction cuts cells across rows; in a spreadsheet such a row is a mistake to fix.
                if (previous is null || !row.Fragment || (!documentText && !row.AfterPageBreak))
                {
                    log.Error(row.Line, "Riga senza tipo di indicatore, data previsione e target: completarla o eliminarla.");
                    continue;
                }

                Continue(previous, row, log);
                continue;
            }

            if (!hasTitles && !row.Has(C.Department) && !row.Has(C.Unit) && previous is not null)
            {
                Complete(previous, row, aligned, log);
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A cell's text cut by a page break goes on in the next row: glue it back.</summary>
    private static void Continue(WorkRow previous, WorkRow row, ImportLog log)
    {
        var glued = new List<string>();
        for (var i = 0; i < row.C.Length && i < C.Count; i++)
        {
            var fragment = row.C[i];
            if (fragment.Length == 0)
            {
                continue;
            }

            var before = previous.Get(i);
            previous.C[i] = before.Length == 0 ? fragment : $"{before} {fragment}";
            glued.Add(before.Length == 0 ? $"«{Short(fragment)}»" : $"«{Short(before)}» + «{Short(fragment)}»");
        }

        previous.Lines.Add(row.Line);
        var where = row.AfterPageBreak ? "dopo il salto pagina" : "su due righe";
        log.Repair(row.Line, $"Testo spezzato {where} ricomposto con la riga {previous.Line.ToString(CultureInfo.InvariantCulture)}: {string.Join("; ", glued)}.");
    }

    /// <summary>
    /// A row with a kind, date or target but no description: it completes the indicator above. Which cells win is a
    /// reading, not a certainty, so it is reported as ambiguous with the evidence from rows of the same indicator.
    /// </summary>
    private static void Complete(WorkRow previous, WorkRow row, List<WorkRow> all, ImportLog log)
    {
        var aboveKind = previous.Get(C.Kind);
        var aboveTarget = previous.Get(C.Target);
        var kind = row.Get(C.Kind);
        var target = row.Get(C.Target);
        var aboveInformational = IndicatorKinds.TryParse(aboveKind, out var k, out _) && k == IndicatorKind.Informational;
        if (aboveTarget.Length > 0 && !aboveInformational)
        {
            log.Error(row.Line, "Indicatore senza descrizione (colonna «Indicatori» vuota) sotto un indicatore già completo: aggiungere la descrizione.");
            return;
        }

        if (kind.Length > 0)
        {
            previous.C[C.Kind] = kind;
        }

        if (target.Length > 0)
        {
            previous.C[C.Target] = target;
        }

        if (!previous.Has(C.DueDate) && row.Has(C.DueDate))
        {
            previous.C[C.DueDate] = row.Get(C.DueDate);
        }

        previous.Lines.Add(row.Line);

        // Evidence: the same indicator elsewhere in the table (a cross-cutting objective repeats it in every unit).
        var title = TextKey.Of(previous.Get(C.Indicator));
        var alike = all.Where(r => r != previous && r != row && TextKey.Of(r.Get(C.Indicator)) == title && r.Has(C.Kind))
            .Select(r => $"{r.Get(C.Kind)} {r.Get(C.Target)}".Trim())
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        var reading = $"{(kind.Length > 0 ? kind : aboveKind)}{(target.Length > 0 ? $", target «{target}»" : string.Empty)}";
        var evidence = alike is null
            ? string.Empty
            : string.Equals(alike.Key, $"{previous.Get(C.Kind)} {previous.Get(C.Target)}".Trim(), StringComparison.Ordinal)
                ? $" Le altre {alike.Count().ToString(CultureInfo.InvariantCulture)} righe dello stesso indicatore dicono lo stesso."
                : $" Attenzione: altre righe dello stesso indicatore dicono «{alike.Key}».";
        var lines = $"{previous.Line.ToString(CultureInfo.InvariantCulture)}–{row.Line.ToString(CultureInfo.InvariantCulture)}";
        log.Ambiguous(
            previous.Line,
            $"Righe {lines}: la riga {row.Line.ToString(CultureInfo.InvariantCulture)} non ha descrizione e completa l'indicatore della riga sopra "
            + $"«{Short(previous.Get(C.Indicator))}», che diceva «{aboveKind}»{(aboveTarget.Length > 0 ? $" con target «{aboveTarget}»" : " senza target")}: letto come {reading}.{evidence} Verificare.");
    }

    private static List<OperationalRecord> Interpret(List<WorkRow> rows, ImportLog log)
    {
        var titleOfCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Has(C.Code) && row.Has(C.Objective))
            {
                titleOfCode.TryAdd(TextKey.Of(row.Get(C.Code)), row.Get(C.Objective));
            }
        }

        var records = new List<OperationalRecord>(rows.Count);
        string? department = null;
        string? unit = null;
        (string? Code, string Title, List<string> Tags)? objective = null;
        (int Sequence, string Title)? management = null;
        var sequence = 0;
        foreach (var row in rows)
        {
            var line = row.Line;
            if (row.Has(C.Department) && !SameKey(row.Get(C.Department), department))
            {
                department = row.Get(C.Department);
                unit = null;
                objective = null;
                management = null;
            }

            if (row.Has(C.Unit) && !SameKey(row.Get(C.Unit), unit))
            {
                unit = row.Get(C.Unit);
                objective = null;
                management = null;
            }

            if (department is null || unit is null)
            {
                log.Error(line, department is null
                    ? "Manca il settore (colonna «Settore/UAO») nella prima riga della tabella o dopo un cambio di settore."
                    : $"Manca l'U.O.C. (colonna «UOC/UAO») per il settore «{department}».");
                continue;
            }

            var code = row.Get(C.Code);
            var title = row.Get(C.Objective);
            if (code.Length > 0 || title.Length > 0)
            {
                if (code.Length > 0 && !OperationalObjective.LooksLikeCode(code))
                {
                    log.Warning(line, $"Codice obiettivo insolito «{code}» (attesi codici come «S1-1_1», «PM_3», «Tras_2»).");
                }

                if (title.Length == 0 && !titleOfCode.TryGetValue(TextKey.Of(code), out title!))
                {
                    log.Error(line, $"L'obiettivo {code} non ha titolo (colonna «Obiettivi Operativi»).");
                    continue;
                }

                var sameObjective = objective is { } current && SameKey(code.Length > 0 ? code : null, current.Code) && SameKey(title, current.Title);
                if (!sameObjective)
                {
                    objective = (code.Length > 0 ? code : null, title, new List<string>());
                    management = null;
                }
            }
            else if (objective is null)
            {
                log.Error(line, "Riga senza obiettivo operativo: indicare codice e titolo dell'obiettivo (colonne «N.ro Ob» e «Obiettivi Operativi»).");
                continue;
            }

            var tags = objective!.Value.Tags;
            foreach (var tag in OperationalObjective.ParseTags(row.Get(C.ObjectiveType)))
            {
                if (!tags.Exists(t => SameKey(t, tag)))
                {
                    tags.Add(tag);
                }
            }

            var indicator = row.Get(C.Indicator);
            if (row.Has(C.ManagementObjective))
            {
                if (management is null || !SameKey(row.Get(C.ManagementObjective), management.Value.Title))
                {
                    management = (++sequence, row.Get(C.ManagementObjective));
                }
            }
            else if (row.Displaced && indicator.Length > 0)
            {
                // Blank cells of a displaced row are not merged cells: its only title names both.
                management = (++sequence, indicator);
            }
            else if (management is null)
            {
                log.Warning(line, $"Obiettivo gestionale mancante per «{Short(objective.Value.Title)}»: usato il titolo dell'obiettivo operativo.");
                management = (++sequence, objective.Value.Title);
            }

            if (indicator.Length == 0)
            {
                log.Error(line, "Manca la descrizione dell'indicatore (colonna «Indicatori»).");
                continue;
            }

            var kindText = row.Get(C.Kind);
            if (kindText.Length == 0)
            {
                log.Error(line, $"Manca il tipo dell'indicatore «{Short(indicator)}» (colonna «Tipo Ind.»): ammessi {IndicatorKinds.Accepted}.");
                continue;
            }

            if (!IndicatorKinds.TryParse(kindText, out var kind, out var kindLabel))
            {
                log.Error(line, $"Tipo di indicatore sconosciuto «{kindText}»: ammessi {IndicatorKinds.Accepted}.");
                continue;
            }

            if (IndicatorKinds.IsIncompleteLabel(kindText))
            {
                log.Warning(line, $"Tipo di indicatore incompleto «{kindText}»: letto come dato informativo.");
            }

            DateOnly? due = null;
            var dateText = row.Get(C.DueDate);
            if (dateText.Length == 0)
            {
                log.Warning(line, $"Data previsione mancante per l'indicatore «{Short(indicator)}».");
            }
            else if (ItalianFormat.TryParseDate(dateText, out var date) || ItalianFormat.TryParseExcelSerial(dateText, out date))
            {
                due = date;
            }
            else
            {
                log.Error(line, $"Data previsione non valida «{dateText}»: usare il formato gg/mm/aaaa (es. 31/12/2024).");
                continue;
            }

            var target = TargetParser.Parse(row.Get(C.Target), kind);
            if (target.Problem is not null)
            {
                log.Warning(line, $"{target.Problem} (indicatore «{Short(indicator)}»)");
            }

            var office = row.Get(C.Office);
            records.Add(new OperationalRecord(
                line,
                department,
                unit,
                objective.Value.Code,
                objective.Value.Title,
                tags,
                management.Value.Sequence,
                management.Value.Title,
                indicator,
                office.Length > 0 ? office : null,
                kind,
                kindLabel,
                due,
                target));
        }

        return records;
    }

    private static bool SameKey(string? a, string? b) =>
        string.Equals(TextKey.Of(a), TextKey.Of(b), StringComparison.Ordinal) && (a is null) == (b is null);

    /// <summary>Long titles are cut in messages so a preview stays readable.</summary>
    internal static string Short(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 67).TrimEnd(), "…");
}
