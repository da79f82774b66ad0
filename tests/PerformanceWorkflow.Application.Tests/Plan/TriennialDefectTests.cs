using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>Each defect of the triennial table, and how the two tables are linked.</summary>
public sealed class TriennialDefectTests
{
    private const string Context = "SETTORE UNO|U.O.C. Prima|10-STRUTTURA AMMINISTRATIVA|Efficienza interna|[01] Servizi istituzionali, generali e di gestione";

    [Fact]
    public void Rows_are_read_with_merged_context_and_year_flags()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            $"{Context}|Obiettivo A|PNRR|X|-|-",
            "|||||Obiettivo B||-|X|X",
            "||2-SVILUPPO DEL TERRITORIO|Sostegno alle imprese|[14] Sviluppo economico e competitività|Obiettivo C||X|X|X");

        Assert.Empty(parsed.Summary.Errors);
        Assert.Equal((2, 2, 2), (parsed.Summary.MandateLines, parsed.Summary.StrategicObjectives, parsed.Summary.Missions));
        var b = parsed.Draft.Objectives.Single(o => o.Title == "Obiettivo B");
        Assert.Equal([2025, 2026], b.Years);
        var link = Assert.Single(b.Links);
        Assert.Equal((TextKey.Of("10-STRUTTURA AMMINISTRATIVA"), TextKey.Of("Efficienza interna"), "01"), (link.MandateLineKey, link.StrategicObjectiveKey, link.MissionCode));
        Assert.Equal(["PNRR"], parsed.Draft.Objectives.Single(o => o.Title == "Obiettivo A").Tags);
    }

    [Fact]
    public void Rows_shifted_left_or_right_are_realigned_on_the_year_flags()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            $"{Context}|Obiettivo A||X|-|-",
            "|||Obiettivo spostato a sinistra||X|X|X|||",
            "||||||Obiettivo spostato a destra||-|X|-");

        Assert.Empty(parsed.Summary.Errors);
        Assert.Equal([2024, 2025, 2026], parsed.Draft.Objectives.Single(o => o.Title == "Obiettivo spostato a sinistra").Years);
        Assert.Equal([2025], parsed.Draft.Objectives.Single(o => o.Title == "Obiettivo spostato a destra").Years);
        Assert.Equal(2, parsed.Log.Messages.Count(m => m.Kind == ImportMessageKind.Repair));
    }

    [Fact]
    public void A_row_with_only_context_gives_it_to_the_objective_on_the_next_page()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            $"{Context}|Obiettivo A||X|-|-",
            "||7-SPORT E EDILIZIA SPORTIVA|Edilizia sportiva|[06] Politiche giovanili, sport e tempo libero|||||",
            "",
            Doc.TriennialHeader,
            "|||||Nuovo campo sportivo||X|-|-");

        var link = parsed.Draft.Objectives.Single(o => o.Title == "Nuovo campo sportivo").Links.Single();
        Assert.Equal((TextKey.Of("7-SPORT E EDILIZIA SPORTIVA"), "06"), (link.MandateLineKey, link.MissionCode));
    }

    [Fact]
    public void A_title_cut_by_a_page_break_is_glued_back()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            $"{Context}|PREVENZIONE DELLA CORRUZIONE Implementazione||X|-|-",
            "",
            Doc.TriennialHeader,
            "|||||disposizioni previste nel Piano||||");

        Assert.Equal("PREVENZIONE DELLA CORRUZIONE Implementazione disposizioni previste nel Piano", Assert.Single(parsed.Draft.Objectives).Title);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Repair && m.Line == 5);
    }

    [Fact]
    public void A_title_in_the_mandate_line_column_is_read_as_the_objective_and_its_inherited_context_is_flagged()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            $"{Context}|Obiettivo A||X|-|-",
            "|INFORMAZIONE - Promozione delle pari opportunità|||||Azioni Positive|X|X|X");

        var informazione = parsed.Draft.Objectives.Single(o => o.Title.StartsWith("INFORMAZIONE", StringComparison.Ordinal));
        Assert.Equal(["Azioni Positive"], informazione.Tags);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous && m.Line == 3);
    }

    [Fact]
    public void Missing_year_flags_are_a_warning_and_the_operational_year_still_counts()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            "SETTORE UNO|U.O.C. Prima|9-LAVORI PUBBLICI|Manutenzione|[01] Servizi istituzionali|Obiettivo A||||",
            "",
            Doc.OperationalHeader,
            "SETTORE UNO|U.O.C. Prima|S1-1_1||Obiettivo A|Gestionale|Indicatore||Attività|30/06/2024|5 (100%)");

        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Warning && m.Line == 2);
        Assert.Equal([2024], parsed.Draft.Objectives.Single().Years);
    }

    [Fact]
    public void A_triennial_row_under_a_unit_the_operational_table_contradicts_is_moved_to_that_unit()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            "SETTORE UNO|U.O.C. Bilancio|5-SCUOLA|Edilizia scolastica|[04] Istruzione|Adeguamento sismico della scuola||X|-|-",
            "|U.O.C. Lavori Pubblici|9-LAVORI PUBBLICI|Manutenzione|[01] Servizi istituzionali|Cimiteri||X|-|-",
            "",
            Doc.OperationalHeader,
            "SETTORE UNO|U.O.C. Lavori Pubblici|S2-4_1||Adeguamento sismico della scuola|Lavori|Ultimazione||Attività|31/12/2024|5 (100%)",
            "||S2-4_4||Cimiteri|Forniture|Ultimazione||Attività|31/12/2024|5 (100%)");

        var school = parsed.Draft.Objectives.Single(o => o.Code == "S2-4_1");
        Assert.Equal(TextKey.Of("U.O.C. Lavori Pubblici"), Assert.Single(school.Links).UnitKey);
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous && m.Line == 2);
    }

    [Fact]
    public void The_same_objective_with_a_typing_slip_in_one_table_is_one_objective()
    {
        var parsed = Doc.Parse(
            Doc.TriennialHeader,
            "U.O.A. POLIZIA MUNICIPALE|U.O.A. POLIZIA MUNICIPALE|8-SICUREZZA|Sicurezza urbana|[03] Ordine pubblico e sicurezza|Messa in sicurezza degli hot spots presso la frazione Cintolese||X|X|X",
            "",
            Doc.OperationalHeader,
            "U.O.A. POLIZIA MUNICIPALE|U.O.A. POLIZIA MUNICIPALE|PM_2||Messa in sicurezza degli hot spots presso la frazione Cintoiese|Telecamere|Tempestività||Attività|31/12/2024|5 (100%)");

        var objective = Assert.Single(parsed.Draft.Objectives);
        Assert.Equal("PM_2", objective.Code);
        Assert.Equal([2024, 2025, 2026], objective.Years);
    }
}
