using System.Globalization;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>The two tables of section 2.2 of a PIAO.</summary>
internal enum TableKind
{
    /// <summary>Piano Performance triennale: Settore, UOC, Linea Mandato, Obiettivi Strategici, Missioni, Obiettivi Operativi, Tipo OB, years.</summary>
    Triennial,

    /// <summary>The operational table: Settore, UOC, N.ro Ob, Tipo OB, Obiettivi Operativi, Obiettivi Gestionali, Indicatori, Ufficio/Personale, Tipo Ind., Data Previsione, Target.</summary>
    Operational,
}

/// <summary>Canonical columns of the operational table, in the order the PIAO prints them.</summary>
internal static class OperationalColumns
{
    public const int Department = 0;
    public const int Unit = 1;
    public const int Code = 2;
    public const int ObjectiveType = 3;
    public const int Objective = 4;
    public const int ManagementObjective = 5;
    public const int Indicator = 6;
    public const int Office = 7;
    public const int Kind = 8;
    public const int DueDate = 9;
    public const int Target = 10;
    public const int Count = 11;

    public static readonly string[] Headers =
    [
        "Settore/UAO", "UOC/UAO", "N.ro Ob", "Tipo OB", "Obiettivi Operativi", "Obiettivi Gestionali", "Indicatori",
        "Ufficio/Personale", "Tipo Ind.", "Data Previsione", "Target",
    ];
}

/// <summary>Canonical columns of the triennial table; the year columns follow <see cref="FirstYear"/>.</summary>
internal static class TriennialColumns
{
    public const int Department = 0;
    public const int Unit = 1;
    public const int MandateLine = 2;
    public const int StrategicObjective = 3;
    public const int Mission = 4;
    public const int Objective = 5;
    public const int ObjectiveType = 6;
    public const int FirstYear = 7;

    public static readonly string[] Headers =
    [
        "Settore/UAO", "UOC/UAO", "Linea Mandato", "Obiettivi Strategici", "Missioni", "Obiettivi Operativi", "Tipo OB",
    ];
}

/// <summary>A header row recognised: which table, and where each of its cells goes in the canonical order.</summary>
/// <param name="IgnoredCells">Cells under a column the import does not use (an office's "Note", "Responsabile"…): their content is left out, never spilled into a column of the plan.</param>
internal sealed record TableHeader(TableKind Kind, int[] CanonicalIndexOfCell, IReadOnlyList<int> Years, IReadOnlyList<string> UnknownColumns, IReadOnlyList<string> MissingColumns, IReadOnlySet<int> IgnoredCells)
{
    public int CanonicalCount => Kind == TableKind.Operational ? OperationalColumns.Count : TriennialColumns.FirstYear + Years.Count;

    /// <summary>True when the header lists the canonical columns in the canonical order (as the PIAO prints them).</summary>
    public bool IsCanonicalOrder
    {
        get
        {
            for (var i = 0; i < CanonicalIndexOfCell.Length; i++)
            {
                if (CanonicalIndexOfCell[i] >= 0 && CanonicalIndexOfCell[i] != i)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Recognises the header row of either table by its column names, written in any of the ways offices write them.</summary>
internal static class HeaderRecognizer
{
    private enum Column
    {
        Department,
        Unit,
        Code,
        ObjectiveType,
        Objective,
        ManagementObjective,
        Indicator,
        Office,
        Kind,
        DueDate,
        Target,
        MandateLine,
        StrategicObjective,
        Mission,
    }

    private static readonly Dictionary<string, Column> Names = new(StringComparer.Ordinal)
    {
        ["settoreuao"] = Column.Department, ["settoreua"] = Column.Department, ["settore"] = Column.Department,
        ["settori"] = Column.Department, ["settoreuoa"] = Column.Department, ["area"] = Column.Department,
        ["dipartimento"] = Column.Department, ["department"] = Column.Department,
        ["uocuao"] = Column.Unit, ["uocua"] = Column.Unit, ["uoc"] = Column.Unit, ["uocuoa"] = Column.Unit,
        ["unita"] = Column.Unit, ["unitaorganizzativa"] = Column.Unit, ["unit"] = Column.Unit,
        ["nroob"] = Column.Code, ["nob"] = Column.Code, ["nrob"] = Column.Code, ["nroobiettivo"] = Column.Code,
        ["codice"] = Column.Code, ["codiceobiettivo"] = Column.Code, ["code"] = Column.Code,
        ["tipoob"] = Column.ObjectiveType, ["tipoobiettivo"] = Column.ObjectiveType, ["tipologiaobiettivo"] = Column.ObjectiveType,
        ["obiettivioperativi"] = Column.Objective, ["obiettivooperativo"] = Column.Objective,
        ["obiettivigestionali"] = Column.ManagementObjective, ["obiettivogestionale"] = Column.ManagementObjective,
        ["indicatori"] = Column.Indicator, ["indicatore"] = Column.Indicator,
        ["ufficiopersonale"] = Column.Office, ["ufficio"] = Column.Office, ["personale"] = Column.Office,
        ["tipoind"] = Column.Kind, ["tipoindicatore"] = Column.Kind,
        ["dataprevisione"] = Column.DueDate, ["dataprevista"] = Column.DueDate, ["scadenza"] = Column.DueDate,
        ["target"] = Column.Target, ["valoreatteso"] = Column.Target, ["valoretarget"] = Column.Target,
        ["lineamandato"] = Column.MandateLine, ["lineadimandato"] = Column.MandateLine, ["lineemandato"] = Column.MandateLine,
        ["obiettivistrategici"] = Column.StrategicObjective, ["obiettivostrategico"] = Column.StrategicObjective,
        ["missioni"] = Column.Mission, ["missione"] = Column.Mission, ["missionedibilancio"] = Column.Mission,
    };

    private static readonly Column[] OperationalOrder =
    [
        Column.Department, Column.Unit, Column.Code, Column.ObjectiveType, Column.Objective, Column.ManagementObjective,
        Column.Indicator, Column.Office, Column.Kind, Column.DueDate, Column.Target,
    ];

    private static readonly Column[] TriennialOrder =
    [
        Column.Department, Column.Unit, Column.MandateLine, Column.StrategicObjective, Column.Mission, Column.Objective,
        Column.ObjectiveType,
    ];

    // A cell with more letters and digits than the longest header name is no header name (nor a year), whatever its
    // accents and punctuation: most cells of a data row are so, and are not compacted.
    private static readonly int LongestName = Names.Keys.Max(k => k.Length);

    /// <summary>Recognises <paramref name="cells"/> as a header, or returns null for a data row.</summary>
    public static TableHeader? Recognize(IReadOnlyList<string> cells)
    {
        var columns = new Column?[cells.Count];
        var years = new List<(int Cell, int Year)>();
        var unknownCells = new List<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (LettersOrDigits(cells[i]) > LongestName)
            {
                unknownCells.Add(i);
                continue;
            }

            var compact = TextKey.Compact(cells[i]);
            if (compact.Length == 0)
            {
                continue;
            }

            if (Names.TryGetValue(compact, out var column))
            {
                columns[i] = column;
            }
            else if (compact.Length == 4 && int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                years.Add((i, year));
            }
            else
            {
                unknownCells.Add(i);
            }
        }

        var present = columns.Where(c => c is not null).Select(c => c!.Value).ToHashSet();
        var isOperational = present.Contains(Column.Indicator) && present.Contains(Column.Kind) && present.Contains(Column.ManagementObjective);
        var isTriennial = !isOperational && present.Contains(Column.MandateLine) && present.Contains(Column.StrategicObjective);
        List<string> Unknown() => [.. unknownCells.Select(i => TextKey.Clean(cells[i]))];

        // A data row that happens to contain one header word is not a header: demand most of the columns.
        if (isOperational && present.Count >= 6)
        {
            return Build(TableKind.Operational, OperationalOrder, cells, columns, present, [], years.Select(y => TextKey.Clean(cells[y.Cell])), Unknown());
        }

        if (isTriennial && present.Count >= 4)
        {
            return Build(TableKind.Triennial, TriennialOrder, cells, columns, present, years, [], Unknown());
        }

        return null;
    }

    private static TableHeader Build(
        TableKind kind,
        Column[] order,
        IReadOnlyList<string> cells,
        Column?[] columns,
        HashSet<Column> present,
        List<(int Cell, int Year)> years,
        IEnumerable<string> strayYears,
        List<string> unknown)
    {
        var map = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            map[i] = columns[i] is { } column ? Array.IndexOf(order, column) : -1;
        }

        var yearList = years.Select(y => y.Year).ToList();
        for (var k = 0; k < years.Count; k++)
        {
            map[years[k].Cell] = TriennialColumns.FirstYear + k;
        }

        var missing = order.Where(c => !present.Contains(c)).Select(c => CanonicalName(kind, c, order)).ToList();
        if (kind == TableKind.Triennial && years.Count == 0)
        {
            missing.Add("anni (es. 2024, 2025, 2026)");
        }

        // A column of the other table (e.g. "Missioni" in the operational one) is unknown here.
        var foreign = columns.Select((c, i) => (c, i)).Where(x => x.c is not null && !order.Contains(x.c.Value)).Select(x => TextKey.Clean(cells[x.i]));
        var extra = unknown.Concat(strayYears).Concat(foreign).ToList();
        var ignored = Enumerable.Range(0, columns.Length).Where(i => map[i] < 0 && TextKey.Compact(cells[i]).Length > 0).ToHashSet();
        return new TableHeader(kind, map, yearList, extra, missing, ignored);
    }

    private static int LettersOrDigits(string cell)
    {
        var count = 0;
        foreach (var ch in cell)
        {
            if (char.IsLetterOrDigit(ch))
            {
                count++;
            }
        }

        return count;
    }

    private static string CanonicalName(TableKind kind, Column column, Column[] order)
    {
        var index = Array.IndexOf(order, column);
        return kind == TableKind.Operational ? OperationalColumns.Headers[index] : TriennialColumns.Headers[index];
    }
}
