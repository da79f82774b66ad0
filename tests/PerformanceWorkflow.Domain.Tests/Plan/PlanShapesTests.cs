using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Tests.Plan;

public sealed class PlanShapesTests
{
    [Theory]
    [InlineData("S1-1_1", true)]
    [InlineData("PM_3", true)]
    [InlineData("Tras_2", true)]
    [InlineData("Predisposizione della Relazione di fine mandato", false)]
    [InlineData("Ufficio Ragioneria", false)]
    public void Objective_codes_are_recognised(string text, bool expected) => Assert.Equal(expected, OperationalObjective.LooksLikeCode(text));

    [Fact]
    public void Cup_code_is_taken_from_the_title()
    {
        Assert.Equal("E91F22001750006", OperationalObjective.CupOf("APPLICAZIONE APP IO*TERRITORIO NAZIONALE*ATTIVAZIONE SERVIZI (CUP E91F22001750006)"));
        Assert.Null(OperationalObjective.CupOf("Realizzare corsi di formazione"));
    }

    [Fact]
    public void Tags_are_split_and_deduplicated()
    {
        Assert.Equal(["Digitalizzazione e Semplificazione", "PNRR"], OperationalObjective.ParseTags("Digitalizzazione e Semplificazione; PNRR; pnrr"));
    }

    [Fact]
    public void Cross_cutting_objectives_start_with_Tras()
    {
        Assert.True(new OperationalObjective("Tras_1", "x").IsCrossCutting);
        Assert.False(new OperationalObjective("S1-1_1", "x").IsCrossCutting);
    }

    [Theory]
    [InlineData("[01] Servizi istituzionali, generali e di gestione", "01", "Servizi istituzionali, generali e di gestione")]
    [InlineData("[7] Turismo", "07", "Turismo")]
    public void Budget_missions_are_split_into_code_and_name(string text, string code, string name)
    {
        Assert.True(BudgetMission.TryParse(text, out var c, out var n));
        Assert.Equal((code, name), (c, n));
    }

    [Theory]
    [InlineData("10-STRUTTURA AMMINISTRATIVA", true)]
    [InlineData("9-LAVORI PUBBLICI E URBANISTICA", true)]
    [InlineData("INFORMAZIONE - Promozione e diffusione", false)]
    public void Mandate_lines_are_recognised(string text, bool expected) => Assert.Equal(expected, MandateLine.LooksLikeMandateLine(text));
}
