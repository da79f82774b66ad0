using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>Each defect a PDF extraction leaves in the operational table, on a handmade table.</summary>
public sealed class OperationalDefectTests
{
    private const string Dept = "SETTORE UNO";
    private const string Unit = "U.O.C. Prima";

    [Fact]
    public void Blank_leading_cells_mean_the_same_as_the_row_above()
    {
        var parsed = Doc.Parse(
            "Testo introduttivo.",
            "",
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|S1-1_1|PNRR|Obiettivo A|Gestionale A|Indicatore 1|Ufficio X|Attività|31/12/2024|5 (100%)",
            "||||||Indicatore 2|Ufficio X|Efficienza|30/06/2024|100 %",
            "|||||Gestionale B|Indicatore 3||Attività|31/12/2024|5 (100%)",
            "||S1-1_2||Obiettivo B|Gestionale C|Indicatore 4||Attività|31/12/2024|5 (100%)");

        Assert.Empty(parsed.Summary.Errors);
        var a = parsed.Draft.Objectives.Single(o => o.Code == "S1-1_1");
        var assignment = Assert.Single(a.Assignments);
        Assert.Equal(["Gestionale A", "Gestionale B"], assignment.ManagementObjectives.Select(m => m.Title));
        Assert.Equal(2, assignment.ManagementObjectives[0].Indicators.Count);
        Assert.Equal(["PNRR"], a.Tags);
        var b = parsed.Draft.Objectives.Single(o => o.Code == "S1-1_2");
        Assert.Empty(b.Tags);
        Assert.Equal(2024, Assert.Single(b.Assignments).Year);
    }

    [Fact]
    public void A_header_repeated_at_a_page_break_continues_the_table()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|S1-1_1||Obiettivo A|Gestionale A|Indicatore 1||Attività|31/12/2024|5 (100%)",
            "",
            Doc.OperationalHeader.Replace("Settore/UAO", "Settore/UA", StringComparison.Ordinal),
            "||||||Indicatore 2||Attività|31/12/2024|5 (100%)");

        Assert.Empty(parsed.Summary.Errors);
        Assert.Equal(2, parsed.Summary.Indicators);
        Assert.Single(parsed.Draft.Objectives.Single().Assignments.Single().ManagementObjectives);
    }

    [Fact]
    public void A_row_shifted_left_is_realigned_on_its_kind_and_date()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|S1-1_1||Obiettivo A|Gestionale A|Indicatore 1||Attività|31/12/2024|5 (100%)",
            "Tras_1||Obiettivo trasversale|Gestionale T|Indicatore T|Segreteria|Attività|31/12/2024|5 (100%)||");

        Assert.Empty(parsed.Summary.Errors);
        var tras = parsed.Draft.Objectives.Single(o => o.Code == "Tras_1");
        var indicator = tras.Assignments.Single().ManagementObjectives.Single().Indicators.Single();
        Assert.Equal(("Indicatore T", "Segreteria"), (indicator.Title, indicator.Office));
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Repair && m.Line == 3 && m.Message.Contains("sinistra", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_shifted_right_is_realigned_too()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|S1-1_1||Obiettivo A|Gestionale A|Indicatore 1||Attività|31/12/2024|5 (100%)",
            "|||||||Indicatore 2||Efficienza|31/12/2024|100 %");

        Assert.Empty(parsed.Summary.Errors);
        var indicators = parsed.Draft.Indicators.ToList();
        Assert.Equal(["Indicatore 1", "Indicatore 2"], indicators.Select(i => i.Title));
        Assert.Equal(IndicatorKind.Efficiency, indicators[1].Kind);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Repair && m.Line == 3 && m.Message.Contains("destra", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_cut_by_a_page_break_is_glued_back()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|Tras_2||Corsi di formazione|Gestionale A|Partecipazione||Efficienza|31/12/2024|>= ore 24",
            "||||||Personale partecipante ad almeno||Dato di|31/12/2024|",
            "",
            Doc.OperationalHeader,
            "||||||un corso||Qualità||");

        Assert.Empty(parsed.Summary.Errors);
        var data = parsed.Draft.Indicators.Last();
        Assert.Equal(("Personale partecipante ad almeno un corso", IndicatorKind.Informational, "Dato di Qualità"), (data.Title, data.Kind, data.KindLabel));
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Repair && m.Line == 6);
    }

    [Fact]
    public void A_row_without_description_completing_the_indicator_above_is_ambiguous_and_reported()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|Tras_3||Tempi di pagamento|Rispetto dei tempi|Indicatore tempestività||Dato di Qualità|31/12/2024|",
            "||||||||Efficienza|31/12/2024|-1");

        Assert.Empty(parsed.Summary.Errors);
        var indicator = Assert.Single(parsed.Draft.Indicators);
        Assert.Equal((IndicatorKind.Efficiency, "-1"), (indicator.Kind, indicator.Target.Text));
        var warning = Assert.Single(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous);
        Assert.Equal(2, warning.Line);
        Assert.Contains("Verificare", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_that_slid_out_of_their_columns_are_placed_and_reported()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|S2-1_7||Relazione di mandato|Relazione di inizio mandato|Predisposizione della relazione|Ufficio Ragioneria|Attività|30/09/2024|5 (100%)",
            "Predisposizione della Relazione di fine mandato|Ufficio Ragioneria|||||Attività|05/04/2024|5 (100%)||");

        Assert.Empty(parsed.Summary.Errors);
        Assert.Single(parsed.Draft.Departments);
        var managements = parsed.Draft.Objectives.Single().Assignments.Single().ManagementObjectives;
        Assert.Equal(2, managements.Count);
        var indicator = managements[1].Indicators.Single();
        Assert.Equal(("Predisposizione della Relazione di fine mandato", "Ufficio Ragioneria"), (indicator.Title, indicator.Office));
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous && m.Line == 3);
    }

    [Fact]
    public void The_same_code_in_several_units_is_one_objective_with_one_assignment_per_unit()
    {
        var parsed = Doc.Parse(
            Doc.OperationalHeader,
            $"{Dept}|{Unit}|Tras_1||Anticorruzione|Scheda|Trasmissione scheda||Attività|31/12/2024|5 (100%)",
            "|U.O.C. Seconda|Tras_1||Anticorruzione|Scheda|Trasmissione scheda||Attività|31/12/2024|5 (100%)",
            "SETTORE DUE|U.O.C. Terza|Tras_1||Anticorruzione|Scheda|Trasmissione scheda||Attività|31/12/2024|5 (100%)");

        var tras = Assert.Single(parsed.Draft.Objectives);
        Assert.Equal(3, tras.Assignments.Count);
        Assert.Equal((2, 3, 1, 3), (parsed.Summary.Departments, parsed.Summary.Units, parsed.Summary.ObjectiveCodes, parsed.Summary.ObjectiveAssignments));
    }
}
