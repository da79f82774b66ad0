using System.Text;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>The operational table in XLSX and in every CSV flavour an office produces gives the same plan.</summary>
public sealed class FormatTests
{
    private static readonly ParsedPlan FromWorkbook = PlanFileParser.Parse(Reference.Workbook, "piao-2024-operativo.xlsx");

    /// <summary>The workbook's rows written as CSV, the way Excel would save them.</summary>
    /// <param name="separator">The CSV separator.</param>
    /// <param name="newLine">The line ending.</param>
    /// <param name="extra">Columns an office adds: (position among the cells, header, the text of each row).</param>
    private static string Csv(char separator, string newLine, params (int Position, string Header, string Text)[] extra)
    {
        var sheet = PlanFileReader.Read(Reference.Workbook, "x.xlsx", new ImportLog()).Single();
        var builder = new StringBuilder();
        var first = true;
        foreach (var row in sheet.Rows)
        {
            var cells = row.Cells.ToList();
            foreach (var (position, header, text) in extra.OrderByDescending(e => e.Position))
            {
                while (cells.Count < position)
                {
                    cells.Add(string.Empty);
                }

                cells.Insert(position, first ? header : text);
            }

            first = false;
            builder.AppendJoin(separator, cells.Select(cell => cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
                ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
                : cell));
            builder.Append(newLine);
        }

        return builder.ToString();
    }

    [Fact]
    public void The_office_workbook_with_merged_cells_gives_the_plan()
    {
        var s = FromWorkbook.Summary;
        Assert.Empty(s.Errors);
        Assert.Equal((3, 6, 37, 52, 63), (s.Departments, s.Units, s.ObjectiveCodes, s.ObjectiveAssignments, s.Indicators));
        Assert.Equal(0, s.MandateLines);
    }

    [Theory]
    [InlineData(';', "\r\n", true)]
    [InlineData(';', "\n", false)]
    [InlineData(',', "\n", false)]
    [InlineData(',', "\r\n", true)]
    public void A_csv_of_the_same_table_gives_the_same_plan(char separator, string newLine, bool bom)
    {
        var text = Csv(separator, newLine);
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var parsed = PlanFileParser.Parse(bytes, "piano.csv");
        Assert.Empty(parsed.Summary.Errors);
        Assert.Equal(Reference.OperationalFingerprint(FromWorkbook.Draft), Reference.OperationalFingerprint(parsed.Draft));
    }

    [Fact]
    public void Columns_an_office_adds_are_ignored_with_a_warning_naming_them_and_the_plan_is_the_same()
    {
        // "Responsabile" among the columns, "Note" after the last one, both filled on every row.
        var parsed = PlanFileParser.Parse(Encoding.UTF8.GetBytes(Csv(';', "\n", (2, "Responsabile", "Mario Rossi"), (11, "Note", "verificato 12/03, vedi mail"))), "piano.csv");

        Assert.Empty(parsed.Summary.Errors);
        var warning = Assert.Single(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Warning && m.Message.Contains("sono ignorate", StringComparison.Ordinal));
        Assert.Equal(1, warning.Line);
        Assert.Contains("«Responsabile», «Note»", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Reference.OperationalFingerprint(FromWorkbook.Draft), Reference.OperationalFingerprint(parsed.Draft));
        Assert.DoesNotContain(parsed.Draft.Indicators, i => i.Title.Contains("verificato", StringComparison.Ordinal) || (i.Office ?? string.Empty).Contains("Rossi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_saved_by_an_old_excel_in_windows_1252_is_read_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Csv(';', "\r\n"));
        var parsed = PlanFileParser.Parse(bytes, "piano.csv");
        Assert.Empty(parsed.Summary.Errors);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Warning && m.Message.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.Equal(Reference.OperationalFingerprint(FromWorkbook.Draft), Reference.OperationalFingerprint(parsed.Draft));
    }

    [Fact]
    public void Csv_columns_are_found_by_name_in_any_order()
    {
        var csv = string.Join('\n',
            "Target;Tipo Ind.;Data Previsione;Indicatori;Obiettivi Gestionali;Obiettivi Operativi;N.ro Ob;Tipo OB;UOC/UAO;Settore/UAO;Ufficio/Personale",
            "5 (100%);Attività;31/12/2024;Indicatore 1;Gestionale;Obiettivo A;S1-1_1;;U.O.C. Prima;SETTORE UNO;",
            "100 %;Efficienza;31/12/2024;Indicatore 2;;;;;;;Ufficio X");
        var parsed = Doc.ParseCsv(csv);
        Assert.Empty(parsed.Summary.Errors);
        var indicators = parsed.Draft.Indicators.ToList();
        Assert.Equal(2, indicators.Count);
        Assert.Equal(("Indicatore 2", "Ufficio X", "100 %"), (indicators[1].Title, indicators[1].Office, indicators[1].Target.Text));
    }

    [Fact]
    public void A_tab_separated_export_with_both_tables_is_read_like_the_document()
    {
        var parsed = PlanFileParser.Parse(Reference.TextBytes, "piao.tsv");
        Assert.Equal(63, parsed.Summary.Indicators);
    }
}
