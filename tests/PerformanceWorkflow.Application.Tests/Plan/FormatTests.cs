using System.Text;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>The operational table in XLSX and in every CSV flavour an office produces gives the same plan.</summary>
public sealed class FormatTests
{
    private static readonly ParsedPlan FromWorkbook = PlanFileParser.Parse(Reference.Workbook, "piao-2024-operativo.xlsx");

    /// <summary>The workbook's rows written as CSV, the way Excel would save them.</summary>
    private static string Csv(char separator, string newLine)
    {
        var sheet = PlanFileReader.Read(Reference.Workbook, "x.xlsx", new ImportLog()).Single();
        var builder = new StringBuilder();
        foreach (var row in sheet.Rows)
        {
            builder.AppendJoin(separator, row.Cells.Select(cell => cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
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
