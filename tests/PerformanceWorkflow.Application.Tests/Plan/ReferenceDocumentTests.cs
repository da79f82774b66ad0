using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>The published PIAO text, defects included, read into the plan the issue describes.</summary>
public sealed class ReferenceDocumentTests
{
    private static readonly ParsedPlan Parsed = PlanFileParser.Parse(Reference.TextBytes, "piao-2024-sezione-2.2-performance.txt");

    [Fact]
    public void The_reference_document_gives_the_counts_of_the_plan()
    {
        var s = Parsed.Summary;
        Assert.Empty(s.Errors);
        Assert.Equal(3, s.Departments);
        Assert.Equal(6, s.Units);
        Assert.Equal(37, s.ObjectiveCodes);
        Assert.Equal(52, s.ObjectiveAssignments);
        Assert.Equal(63, s.Indicators);
        Assert.Equal(42, s.IndicatorsByKind["Activity"]);
        Assert.Equal(16, s.IndicatorsByKind["Efficiency"]);
        Assert.Equal(5, s.IndicatorsByKind["Informational"]);
        Assert.Equal(8, s.MandateLines);
        Assert.Equal(13, s.StrategicObjectives);
        Assert.Equal(10, s.Missions);
    }

    [Fact]
    public void The_two_last_rows_of_the_Polizia_Municipale_Tras_3_are_a_warning_and_one_Efficiency_indicator()
    {
        var ambiguous = Parsed.Log.Messages.Where(m => m.Kind == ImportMessageKind.Ambiguous).ToList();
        Assert.Contains(ambiguous, m => m.Line == 189 && m.Message.Contains("190", StringComparison.Ordinal) && m.Message.Contains("Efficienza", StringComparison.Ordinal));

        var police = Parsed.Draft.Objectives.Single(o => o.Code == "Tras_3").Assignments.Single(a => a.UnitKey == TextKey.Of("U.O.A. POLIZIA MUNICIPALE"));
        var indicator = Assert.Single(police.ManagementObjectives.SelectMany(m => m.Indicators));
        Assert.Equal(Domain.Plan.IndicatorKind.Efficiency, indicator.Kind);
        Assert.Equal("-1", indicator.Target.Text);
    }

    [Theory]
    [InlineData("Realizzare la Nuova segnaletica dei percorsi turistico –culturali", new[] { 2026 })]
    [InlineData("Rafforzare il controllo di scarico abusivo di rifiuti con ausilio di n. 3 telecamere mobili", new[] { 2025, 2026 })]
    [InlineData("SISTEMAZIONE DELLE PIAZZE DEL CAPOLUOGO PER IL MIGLIORAMENTO DELLA QUALITÀ URBANA E L'ABBATTIMENTO BARRIERE ARCHITETTONICHE (P.ZA GIUSTI, P.ZA FERDINANDO MARTINI, P.ZA AMENDOLA, P.ZA IV NOVEMBRE) (CUP E93D21001410001)", new[] { 2024, 2025, 2026 })]
    [InlineData("INQUADRAMENTO PROFESSIONALE E INDIVIDUAZIONE NUOVI PROFILI – Individuazione di profili professionali e nuovi fabbisogni professionali dell'Amministrazione con aggiornamento delle modalità per la copertura dei posti", new[] { 2025, 2026 })]
    public void Every_objective_of_the_triennial_table_keeps_its_active_years(string title, int[] years)
    {
        var objective = Parsed.Draft.Objectives.Single(o => o.Key == TextKey.Of(title));
        Assert.Equal(years, objective.Years);
    }

    [Fact]
    public void Objectives_only_in_the_triennial_table_are_kept_without_code_or_indicators()
    {
        var announced = Parsed.Draft.Objectives.Where(o => o.Code is null).ToList();
        Assert.Equal(11, announced.Count);
        Assert.All(announced, o => Assert.Empty(o.Assignments));
        Assert.All(announced, o => Assert.DoesNotContain(2024, o.Years));
    }

    [Fact]
    public void Operational_objectives_get_mandate_line_strategic_objective_and_mission_from_the_triennial_table()
    {
        var pagoPa = Parsed.Draft.Objectives.Single(o => o.Code == "S1-1_6");
        var link = Assert.Single(pagoPa.Links);
        Assert.Equal(TextKey.Of("10-STRUTTURA AMMINISTRATIVA"), link.MandateLineKey);
        Assert.Equal(TextKey.Of("Perseguire la massima efficienza e semplificazione nei rapporti tra amministrazione e il cittadino"), link.StrategicObjectiveKey);
        Assert.Equal("01", link.MissionCode);
        Assert.Equal(["Digitalizzazione e Semplificazione", "PNRR"], pagoPa.Tags);
    }

    [Fact]
    public void Cross_cutting_objectives_are_assigned_to_every_unit_with_their_own_indicators()
    {
        var tras2 = Parsed.Draft.Objectives.Single(o => o.Code == "Tras_2");
        Assert.Equal(6, tras2.Assignments.Count);
        Assert.Equal(6, tras2.Links.Count);

        // Where the PDF split "Dato di" / "Qualità" across a page break, the indicator is whole again.
        var territory = tras2.Assignments.Single(a => a.UnitKey == TextKey.Of("U.O.C. Territorio e Sviluppo-Suap"));
        var data = territory.ManagementObjectives.SelectMany(m => m.Indicators).Single(i => i.Kind == Domain.Plan.IndicatorKind.Informational);
        Assert.Equal("Personale partecipante ad almeno un corso", data.Title);
        Assert.Equal("Dato di Qualità", data.KindLabel);
    }

    [Fact]
    public void The_cup_code_is_read_from_the_title()
    {
        Assert.Equal("E92C21001000001", Parsed.Draft.Objectives.Single(o => o.Code == "S2-4_1").Title[^16..^1]);
        Assert.Equal(9, Parsed.Draft.Objectives.Count(o => Domain.Plan.OperationalObjective.CupOf(o.Title) is not null));
    }

    [Fact]
    public void A_triennial_row_under_the_wrong_unit_follows_the_operational_table_and_is_reported()
    {
        var school = Parsed.Draft.Objectives.Single(o => o.Code == "S2-4_1");
        Assert.Equal(TextKey.Of("U.O.C. Lavori Pubblici-Patrimonio"), Assert.Single(school.Links).UnitKey);
        Assert.Contains(Parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous && m.Line == 50 && m.Message.Contains("S2-4_1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_with_a_typing_slip_is_linked_to_its_objective_and_said_so()
    {
        var hotSpots = Parsed.Draft.Objectives.Single(o => o.Code == "PM_2");
        Assert.Single(hotSpots.Links);
        Assert.Equal([2024, 2025, 2026], hotSpots.Years);
        Assert.Contains(Parsed.Log.Messages, m => m.Line == 82 && m.Kind == ImportMessageKind.Repair);
    }

    [Fact]
    public void The_row_whose_cells_slid_left_gives_the_indicator_the_office_keeps_in_excel()
    {
        var report = Parsed.Draft.Objectives.Single(o => o.Code == "S2-1_7").Assignments.Single();
        Assert.Equal(2, report.ManagementObjectives.Count);
        var last = report.ManagementObjectives[1];
        Assert.StartsWith("Predisposizione della Relazione di fine mandato", last.Title, StringComparison.Ordinal);
        var indicator = Assert.Single(last.Indicators);
        Assert.Equal(last.Title, indicator.Title);
        Assert.Equal("Ufficio Ragioneria", indicator.Office);
        Assert.Equal(new DateOnly(2024, 4, 5), indicator.DueDate);
        Assert.Contains(Parsed.Log.Messages, m => m.Line == 143 && m.Kind == ImportMessageKind.Ambiguous);
    }

    [Fact]
    public void A_title_cut_by_a_page_break_in_the_triennial_table_is_whole_and_linked()
    {
        var code = Parsed.Draft.Objectives.Single(o => o.Code == "S1-1_7");
        Assert.Single(code.Links);
        Assert.Contains(Parsed.Log.Messages, m => m.Line == 34 && m.Kind == ImportMessageKind.Repair);
    }

    [Fact]
    public void The_operational_table_and_the_office_workbook_describe_the_same_plan()
    {
        var workbook = PlanFileParser.Parse(Reference.Workbook, "piao-2024-operativo.xlsx");
        Assert.Empty(workbook.Summary.Errors);
        Assert.Equal(Reference.OperationalFingerprint(Parsed.Draft), Reference.OperationalFingerprint(workbook.Draft));
    }
}
