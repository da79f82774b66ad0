using System.IO.Compression;
using System.Text;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>Bad files get a clear Italian message, with a line where there is one.</summary>
public sealed class BadInputTests
{
    private static ImportMessage SingleError(ParsedPlan parsed) => Assert.Single(parsed.Log.Errors);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n ")]
    public void An_empty_file_is_refused(string text) =>
        Assert.Contains("vuoto", SingleError(PlanFileParser.Parse(Encoding.UTF8.GetBytes(text), "piano.txt")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_file_with_no_recognisable_table_is_refused_and_the_expected_headers_are_named()
    {
        var error = SingleError(PlanFileParser.Parse(Encoding.UTF8.GetBytes("Relazione sulla performance\n\nIl Comune ha raggiunto gli obiettivi.\n"), "relazione.txt"));
        Assert.Contains("Nessuna tabella", error.Message, StringComparison.Ordinal);
        Assert.Contains("Obiettivi Gestionali", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Contains("binario", SingleError(PlanFileParser.Parse(bytes, "piano.csv")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_renamed_xlsx_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }

        Assert.Contains("non una cartella di lavoro Excel", SingleError(PlanFileParser.Parse(buffer.ToArray(), "piano.xlsx")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_and_an_old_xls_are_refused_with_what_to_do()
    {
        Assert.Contains("PDF", SingleError(PlanFileParser.Parse(Encoding.ASCII.GetBytes("%PDF-1.7\n..."), "piao.pdf")).Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", SingleError(PlanFileParser.Parse([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "piao.xls")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spreadsheet_with_missing_columns_is_refused_naming_them()
    {
        var parsed = Doc.ParseCsv("Settore/UAO;UOC/UAO;N.ro Ob;Obiettivi Operativi;Obiettivi Gestionali;Indicatori;Tipo Ind.\nS;U;S1-1_1;O;G;I;Attività\n");
        var error = SingleError(parsed);
        Assert.Equal(1, error.Line);
        Assert.Contains("Data Previsione", error.Message, StringComparison.Ordinal);
        Assert.Contains("Target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spreadsheet_with_a_column_of_its_own_is_read_with_a_warning_naming_it()
    {
        var parsed = Doc.ParseCsv(string.Join(';', Doc.OperationalHeader.Split('|')) + ";Note del dirigente\nS;U.O.C. A;S1-1_1;;O;G;Indicatore;;Attività;31/12/2024;5 (100%);da rivedere\n");
        Assert.Empty(parsed.Log.Errors);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Warning && m.Line == 1 && m.Message.Contains("«Note del dirigente»", StringComparison.Ordinal));
        Assert.Equal("5 (100%)", Assert.Single(parsed.Draft.Indicators).Target.Text);
    }

    [Fact]
    public void An_unknown_indicator_kind_is_an_error_on_its_line()
    {
        var parsed = Doc.Parse(Doc.OperationalHeader, "S|U.O.C. A|S1-1_1||O|G|Indicatore||Qualitativo|31/12/2024|5 (100%)");
        var error = SingleError(parsed);
        Assert.Equal(2, error.Line);
        Assert.Contains("«Qualitativo»", error.Message, StringComparison.Ordinal);
        Assert.Contains("Efficienza", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_date_is_an_error_on_its_line()
    {
        var parsed = Doc.Parse(Doc.OperationalHeader, "S|U.O.C. A|S1-1_1||O|G|Indicatore||Attività|31/12/2024|5 (100%)", "||||||Secondo||Attività|31/02/2024|5 (100%)");
        var error = SingleError(parsed);
        Assert.Equal(3, error.Line);
        Assert.Contains("31/02/2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_cannot_be_understood_is_kept_as_written_and_flagged()
    {
        var parsed = Doc.Parse(Doc.OperationalHeader, "S|U.O.C. A|S1-1_1||O|G|Indicatore||Efficienza|31/12/2024|da definire con la Giunta");
        Assert.Empty(parsed.Log.Errors);
        var indicator = Assert.Single(parsed.Draft.Indicators);
        Assert.Equal("da definire con la Giunta", indicator.Target.Text);
        Assert.False(indicator.Target.IsScorable);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Warning && m.Line == 2 && m.Message.Contains("non interpretabile", StringComparison.Ordinal));
    }
}
