using System.Globalization;
using System.Text.RegularExpressions;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using C = PerformanceWorkflow.Application.Features.Plan.Import.TriennialColumns;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>An objective row of the triennial table, read and repaired, with the context merged cells implied.</summary>
internal sealed record TriennialRecord(
    int Line,
    string Department,
    string Unit,
    string? MandateLine,
    string? StrategicObjective,
    string? MissionCode,
    string? MissionName,
    string Objective,
    IReadOnlyList<string> Tags,
    IReadOnlyList<int> Years,
    bool YearsKnown,
    bool Displaced);

/// <summary>The triennial table, read.</summary>
internal sealed record TriennialTable(string Source, IReadOnlyList<int> Years, IReadOnlyList<TriennialRecord> Records);

/// <summary>
/// Reads the triennial table. The year flags (X / -) and the budget mission ("[01] …") are recognisable, so a row
/// shifted left or right is realigned on them; a text outside its column (a title in the "Linea Mandato" column) is
/// read as the objective and reported; a row with only the start of a title continues the row above across a page
/// break; a row with only mandate line, strategic objective and mission gives its context to the rows below.
/// </summary>
internal static partial class TriennialTableReader
{
    private sealed class WorkRow(int line, string[] cells, bool afterPageBreak)
    {
        public List<int> Lines { get; } = [line];

        public string[] C { get; set; } = cells;

        public bool AfterPageBreak { get; } = afterPageBreak;

        public int Shift { get; set; }

        public bool Displaced { get; set; }

        public bool HasFlags { get; set; }

        /// <summary>Where a title found outside its column was put: column after the shift → column used.</summary>
        public Dictionary<int, int> Relocated { get; } = [];

        /// <summary>A row with only text that continues the cells of the row above.</summary>
        public bool Fragment { get; set; }

        public int Line => Lines[0];

        public string Get(int column) => column < C.Length ? C[column] : string.Empty;

        public bool Has(int column) => Get(column).Length > 0;
    }

    public static TriennialTable Read(SourceTable table, ImportLog log)
    {
        var yearCount = table.Years.Count;
        var rows = Align(table, yearCount, log);
        rows = Merge(rows, table.IsDocumentText, log);
        return new TriennialTable(table.Source, table.Years, Interpret(rows, table.Years, log));
    }

    private static bool IsFlag(string cell) => cell is "X" or "x" or "-" or "–" or "—" or "✓";

    private static bool IsActive(string cell) => cell is "X" or "x" or "✓";

    private static bool IsMission(string cell) => cell.Length > 0 && BudgetMission.TryParse(cell, out _, out _);

    private static int FindFlags(string[] cells, int count)
    {
        for (var start = cells.Length - count; start >= 0; start--)
        {
            var all = true;
            for (var k = 0; k < count && all; k++)
            {
                all = IsFlag(cells[start + k]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    private static List<WorkRow> Align(SourceTable table, int yearCount, ImportLog log)
    {
        var width = C.FirstYear + yearCount;
        var rows = new List<WorkRow>(table.Rows.Count);
        WorkRow? previous = null;
        foreach (var source in table.Rows)
        {
            var row = new WorkRow(source.Line, source.Cells, source.AfterPageBreak);
            var flagsAt = yearCount > 0 ? FindFlags(row.C, yearCount) : -1;
            var missionAt = Array.FindLastIndex(row.C, IsMission);
            var lineAt = Array.FindLastIndex(row.C, MandateLine.LooksLikeMandateLine);
            var anchored = true;
            int shift;
            string anchor;
            if (flagsAt >= 0)
            {
                shift = C.FirstYear - flagsAt;
                anchor = "sugli anni";
                row.HasFlags = true;
            }
            else if (missionAt >= 0)
            {
                shift = C.Mission - missionAt;
                anchor = "sulla missione";
            }
            else if (lineAt >= 0)
            {
                shift = C.MandateLine - lineAt;
                anchor = "sulla linea di mandato";
            }
            else
            {
                // No anchor: the rest of the row above, cut by a page break, printed where its own row was.
                anchored = false;
                anchor = string.Empty;
                shift = 0;
                if (previous is not null && TryLand(row.C, previous, width, out var landed))
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
                row.C = Shifted(row.C, shift, width, stray);
                row.Shift = shift;
                if (anchored)
                {
                    log.Repair(row.Line, $"Riga spostata di {OperationalTableReader.Columns(shift)} verso {(shift > 0 ? "sinistra" : "destra")}: riallineata {anchor}.");
                }
            }
            else if (row.C.Length < width)
            {
                row.C = Shifted(row.C, 0, width, stray);
            }

            for (var i = width; i < row.C.Length; i++)
            {
                if (row.C[i].Length > 0)
                {
                    stray.Add((row.C[i], i));
                    row.C[i] = string.Empty;
                }
            }

            // An objective title in a context column (the PDF lost its position): the row has years but no objective.
            if (row.HasFlags && !row.Has(C.Objective))
            {
                if (row.Has(C.Department) && !OrganizationNames.LooksLikeDepartment(row.Get(C.Department)))
                {
                    stray.Add((row.C[C.Department], C.Department));
                    row.C[C.Department] = string.Empty;
                }

                if (row.Has(C.Unit) && !OrganizationNames.LooksLikeUnit(row.Get(C.Unit)))
                {
                    stray.Add((row.C[C.Unit], C.Unit));
                    row.C[C.Unit] = string.Empty;
                }

                if (row.Has(C.MandateLine) && !MandateLine.LooksLikeMandateLine(row.Get(C.MandateLine)))
                {
                    stray.Add((row.C[C.MandateLine], C.MandateLine));
                    row.C[C.MandateLine] = string.Empty;
                }
            }

            if (stray.Count == 1 && !row.Has(C.Objective))
            {
                row.C[C.Objective] = stray[0].Text;
                row.Relocated[stray[0].From] = C.Objective;
                row.Displaced = true;
            }
            else if (stray.Count > 0)
            {
                log.Error(row.Line, $"Riga illeggibile: testi fuori colonna ({string.Join("; ", stray.Select(s => $"«{OperationalTableReader.Short(s.Text)}»"))}). Correggere la riga nel file.");
            }

            rows.Add(row);
            previous = row;
        }

        return rows;
    }

    /// <summary>
    /// Places the cells of a fragment on the non-empty text cells of the row above (never on the year flags), shifted
    /// and relocated as that row was; a row that lands nowhere sensible is a row of its own.
    /// </summary>
    private static bool TryLand(string[] cells, WorkRow previous, int width, out string[] landed)
    {
        foreach (var shift in previous.Shift == 0 ? new[] { 0 } : [previous.Shift, 0])
        {
            var result = new string[width];
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

                ok = target is >= 0 and < C.FirstYear && previous.Has(target) && result[target].Length == 0;
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

    private static string[] Shifted(string[] cells, int shift, int width, List<(string Text, int From)> stray)
    {
        var result = new string[Math.Max(width, cells.Length + Math.Max(0, shift))];
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

    private static List<WorkRow> Merge(List<WorkRow> aligned, bool documentText, ImportLog log)
    {
        var rows = new List<WorkRow>(aligned.Count);
        foreach (var row in aligned)
        {
            var previous = rows.Count > 0 ? rows[^1] : null;
            if (row.Fragment && previous is not null && (documentText || row.AfterPageBreak))
            {
                var glued = new List<string>();
                for (var i = 0; i < C.FirstYear; i++)
                {
                    if (row.Has(i))
                    {
                        var before = previous.Get(i);
                        previous.C[i] = $"{before} {row.Get(i)}";
                        glued.Add($"«{OperationalTableReader.Short(before)}» + «{OperationalTableReader.Short(row.Get(i))}»");
                    }
                }

                previous.Lines.Add(row.Line);
                var where = row.AfterPageBreak ? "dopo il salto pagina" : "su due righe";
                log.Repair(row.Line, $"Testo spezzato {where} ricomposto con la riga {previous.Line.ToString(CultureInfo.InvariantCulture)}: {string.Join("; ", glued)}.");
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<TriennialRecord> Interpret(List<WorkRow> rows, IReadOnlyList<int> years, ImportLog log)
    {
        var records = new List<TriennialRecord>(rows.Count);
        string? department = null;
        string? unit = null;
        string? mandateLine = null;
        string? strategic = null;
        (string? Code, string? Name) mission = (null, null);
        foreach (var row in rows)
        {
            var line = row.Line;
            if (row.Has(C.Department))
            {
                department = row.Get(C.Department);
            }

            if (row.Has(C.Unit))
            {
                unit = row.Get(C.Unit);
            }

            if (row.Has(C.MandateLine))
            {
                var text = row.Get(C.MandateLine);
                if (!MandateLine.LooksLikeMandateLine(text))
                {
                    log.Warning(line, $"Linea di mandato insolita «{OperationalTableReader.Short(text)}» (attese come «10-STRUTTURA AMMINISTRATIVA»).");
                }

                if (!string.Equals(TextKey.Of(text), TextKey.Of(mandateLine), StringComparison.Ordinal) && !row.Has(C.StrategicObjective))
                {
                    log.Warning(line, $"Nuova linea di mandato «{OperationalTableReader.Short(text)}» senza obiettivo strategico: ripreso quello della riga sopra.");
                }

                mandateLine = text;
            }

            if (row.Has(C.StrategicObjective))
            {
                strategic = row.Get(C.StrategicObjective);
            }

            if (row.Has(C.Mission))
            {
                var text = row.Get(C.Mission);
                if (BudgetMission.TryParse(text, out var code, out var name))
                {
                    mission = (code, name);
                }
                else
                {
                    log.Warning(line, $"Missione di bilancio non riconosciuta «{OperationalTableReader.Short(text)}» (attese come «[01] Servizi istituzionali, generali e di gestione»): ignorata.");
                    mission = (null, null);
                }
            }

            var objective = row.Get(C.Objective);
            if (objective.Length == 0)
            {
                if (row.HasFlags)
                {
                    log.Warning(line, "Riga con gli anni ma senza obiettivo operativo: ignorata.");
                }

                continue;
            }

            if (department is null || unit is null)
            {
                log.Error(line, "Manca il settore o l'U.O.C. nella prima riga della tabella triennale.");
                continue;
            }

            var active = new List<int>();
            for (var k = 0; k < years.Count; k++)
            {
                if (IsActive(row.Get(C.FirstYear + k)))
                {
                    active.Add(years[k]);
                }
            }

            if (row.Displaced)
            {
                log.Ambiguous(line, $"Testo fuori colonna letto come obiettivo operativo «{OperationalTableReader.Short(objective)}»; U.O.C. «{OperationalTableReader.Short(unit)}», "
                    + $"linea «{mandateLine ?? "—"}», obiettivo strategico «{OperationalTableReader.Short(strategic ?? "—")}» e missione ripresi dalle righe sopra. Verificare.");
            }

            if (!row.HasFlags)
            {
                log.Warning(line, $"Anni di attività non indicati per «{OperationalTableReader.Short(objective)}» (colonne {TableSegmenter.Years(years)} vuote).");
            }

            records.Add(new TriennialRecord(
                line,
                department,
                unit,
                mandateLine,
                strategic,
                mission.Code,
                mission.Name,
                objective,
                OperationalObjective.ParseTags(row.Get(C.ObjectiveType)),
                active,
                row.HasFlags,
                row.Displaced));
        }

        return records;
    }
}

/// <summary>What department and unit names look like, to tell them from titles that slid into their columns.</summary>
internal static partial class OrganizationNames
{
    public static bool LooksLikeDepartment(string text) => DepartmentPattern().IsMatch(text);

    public static bool LooksLikeUnit(string text) => UnitPattern().IsMatch(text);

    [GeneratedRegex(@"^\s*(settore|area|u\.?\s?o\.?\s?a\b|dipartimento|direzione|servizi?o?\b|segreteria|staff|corpo|comando|polizia|gabinetto|\d+[°ªº]?\s*settore)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DepartmentPattern();

    [GeneratedRegex(@"^\s*(u\.?\s?o\.?\s?[ca]\b|u\.?\s?o\.?\b|servizi?o?\b|uffici?o?\b|unit|sezione|area|polizia|staff|settore|segreteria)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnitPattern();
}
