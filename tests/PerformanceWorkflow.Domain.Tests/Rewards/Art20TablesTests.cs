using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Rewards;

public sealed class Art20TablesTests
{
    [Fact]
    public void The_tables_are_aggregate_and_suppress_every_cell_about_fewer_than_three_people()
    {
        var settings = RewardSettings.Defaults(2024) with { Pools = [new(RoleGroup.Director, 3_000m), new(RoleGroup.UnitHead, 2_000m), new(RoleGroup.Staff, 9_000m)] };
        BonusPerson Person(string key, RoleGroup group, string area, double score) => new(key, group, area, score, 100, 12);
        var people = new List<BonusPerson>
        {
            Person("D1", RoleGroup.Director, "Dirigenza", 95), Person("D2", RoleGroup.Director, "Dirigenza", 80),
            Person("E1", RoleGroup.UnitHead, "Funzionari e EQ", 92), Person("E2", RoleGroup.UnitHead, "Funzionari e EQ", 85), Person("E3", RoleGroup.UnitHead, "Funzionari e EQ", 70),
            Person("S1", RoleGroup.Staff, "Istruttori", 91), Person("S2", RoleGroup.Staff, "Istruttori", 88), Person("S3", RoleGroup.Staff, "Istruttori", 75),
            Person("S4", RoleGroup.Staff, "Istruttori", 55), Person("S5", RoleGroup.Staff, "Operatori", 65),
        };
        var (dirigenti, personale) = Art20Tables.Compute(settings, BonusCalculator.Compute(settings, people));

        Assert.Equal((3_000m, 3_000m, 2), (dirigenti.Budgeted, dirigenti.Paid, dirigenti.People));
        Assert.All(dirigenti.Bands.Where(b => b.Band != "< 60 %"), b => Assert.Null(b.People));
        Assert.Null(dirigenti.Categories.Single().MinPremium);
        Assert.Null(dirigenti.DifferentiationPercent);
        Assert.Contains(dirigenti.Notes, n => n.Contains("meno di 3 persone", StringComparison.Ordinal));

        Assert.Equal(11_000m, personale.Paid);
        Assert.Equal(5, personale.Bands.Single(b => b.Band == "60–90 %").People);
        Assert.Null(personale.Bands.Single(b => b.Band == "≥ 90 %").People);
        Assert.NotNull(personale.Categories.Single(c => c.Category == "Elevata qualificazione").MaxPremium);
        Assert.Null(personale.Categories.Single(c => c.Category == "Dipendenti · Operatori").MaxPremium);
        Assert.NotNull(personale.DifferentiationPercent);
    }
}
