using FsCheck;
using FsCheck.Fluent;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Rewards;

/// <summary>The rules of the sistema premiante (valutazione-rendicontazione.md §3), one test each, and their properties.</summary>
public sealed class BonusRulesTests
{
    private static RewardSettings Settings(decimal staff = 10_000m, CoefficientRule rule = CoefficientRule.Linear) =>
        RewardSettings.Defaults(2024) with { Pools = [new(RoleGroup.Director, 6_000m), new(RoleGroup.UnitHead, 3_000m), new(RoleGroup.Staff, staff)], Rule = rule };

    [Theory]
    [InlineData(59.99, 0)]
    [InlineData(60.0, 0.6)]
    [InlineData(85.5, 0.855)]
    [InlineData(100.0, 1.0)]
    public void Linear_nothing_below_the_threshold_then_the_score(double score, double coefficient) =>
        Assert.Equal((decimal)coefficient, BonusRules.Coefficient(Settings(), score));

    [Theory]
    [InlineData(96.0, 1.0)]
    [InlineData(94.99, 0.9)]
    [InlineData(80.0, 0.8)]
    [InlineData(69.99, 0.6)]
    [InlineData(59.0, 0.0)]
    public void Bands_A_to_E_give_their_coefficient(double score, double coefficient) =>
        Assert.Equal((decimal)coefficient, BonusRules.Coefficient(Settings(rule: CoefficientRule.Bands), score));

    [Fact]
    public void Factor_is_part_time_times_months_over_twelve()
    {
        Assert.Equal(1m, BonusRules.Factor(100, 12));
        Assert.Equal(0.25m, BonusRules.Factor(50, 6));
        Assert.Equal(0m, BonusRules.Factor(100, 0));
    }

    [Fact]
    public void Distribution_is_to_the_cent_by_largest_remainders()
    {
        var shares = BonusRules.Distribute(100m, [1m, 1m, 1m]);
        Assert.Equal(100m, shares.Sum());
        Assert.Equal([33.34m, 33.33m, 33.33m], shares);
        Assert.Equal([0m, 0m], BonusRules.Distribute(100m, [0m, 0m]));
    }

    [Fact]
    public void The_maggiorazione_goes_to_the_best_at_most_the_share_and_equal_scores_are_treated_equally()
    {
        Assert.Equal(2, BonusRules.MaggiorazioneSeats(25, 20, 10));
        Assert.Equal(0, BonusRules.MaggiorazioneSeats(9, 9, 10));
        var chosen = BonusRules.MaggiorazioneRecipients([("a", 98), ("b", 95), ("c", 95), ("d", 90)], 2);
        Assert.Equal(["a"], chosen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pool_is_paid_to_the_cent_with_the_maggiorazione_taken_out_first_and_each_amount_explained()
    {
        var people = Enumerable.Range(1, 20).Select(i => new BonusPerson($"S{i:D2}", RoleGroup.Staff, i % 2 == 0 ? "Istruttori" : "Operatori", 50 + (i * 2.5), i == 3 ? 50 : 100, 12)).ToList();
        var result = BonusCalculator.Compute(Settings(), people);
        var pool = result.Pools.Single(p => p.Group == RoleGroup.Staff);
        Assert.Equal(10_000m, result.People.Sum(p => p.Amount));
        Assert.Equal((10_000m, 0m), (pool.Paid, pool.Savings));
        Assert.Equal(2, pool.WithMaggiorazione);
        Assert.All(result.People.Where(p => p.Final < 60), p => Assert.Equal(0m, p.Amount));
        var best = result.People.Single(p => p.Key == "S20");
        Assert.Equal(pool.MaggiorazioneEach, best.Maggiorazione);
        Assert.Contains("maggiorazione art. 81", best.Explanation, StringComparison.Ordinal);
        Assert.Contains("sotto la soglia", result.People.Single(p => p.Key == "S01").Explanation, StringComparison.Ordinal);

        // Nobody in the directors' and EQ pools: they are saved whole.
        Assert.All(result.Pools.Where(p => p.Group != RoleGroup.Staff), p => Assert.Equal(p.Budget, p.Savings));
    }

    private static Arbitrary<(List<BonusPerson> People, decimal Budget, bool Bands)> Staffs() =>
        (from count in Gen.Choose(1, 60)
         from scores in Gen.ArrayOf(Gen.Choose(3000, 10000), count)
         from areas in Gen.ArrayOf(Gen.Elements("Operatori", "Istruttori", "Funzionari e EQ", "Altro"), count)
         from partTimes in Gen.ArrayOf(Gen.Elements(100m, 83.33m, 50m), count)
         from months in Gen.ArrayOf(Gen.Choose(0, 12), count)
         from cents in Gen.Choose(0, 5_000_000)
         from bands in Gen.Elements(true, false)
         select (Enumerable.Range(0, count).Select(i => new BonusPerson($"P{i:D3}", RoleGroup.Staff, areas[i], scores[i] / 100.0, partTimes[i], months[i])).ToList(), cents / 100m, bands)).ToArbitrary();

    private static BonusResult Compute((List<BonusPerson> People, decimal Budget, bool Bands) staff) =>
        BonusCalculator.Compute(Settings(staff.Budget, staff.Bands ? CoefficientRule.Bands : CoefficientRule.Linear), staff.People);

    [Fact]
    public void Property_each_pool_is_paid_to_the_cent_or_saved_whole() =>
        Prop.ForAll(Staffs(), staff =>
        {
            var result = Compute(staff);
            var pool = result.Pools.Single(p => p.Group == RoleGroup.Staff);
            var paid = result.People.Sum(p => p.Amount);
            return pool.Eligible > 0 ? paid == staff.Budget && pool.Savings == 0 : paid == 0 && pool.Savings == staff.Budget;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_nobody_below_the_threshold_is_paid() =>
        Prop.ForAll(Staffs(), staff => Compute(staff).People.Where(p => p.Final is null || Math.Round(p.Final.Value, 2) < 60).All(p => p.Amount == 0)).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_a_higher_score_never_gets_less_than_a_lower_one_with_the_same_area_and_factor() =>
        Prop.ForAll(Staffs(), staff =>
        {
            var lines = Compute(staff).People;
            return lines.All(a => lines.Where(b => b.Area == a.Area && b.Factor == a.Factor && b.Final > a.Final).All(b => b.Amount >= a.Amount));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_the_maggiorazione_is_at_least_the_percentage_of_the_average_and_goes_to_at_most_the_share() =>
        Prop.ForAll(Staffs(), staff =>
        {
            var result = Compute(staff);
            var pool = result.Pools.Single(p => p.Group == RoleGroup.Staff);
            var positive = result.People.Where(p => p.Eligible).ToList();
            var withExtra = result.People.Count(p => p.Maggiorazione > 0);
            var atMostShare = withExtra <= Math.Floor(staff.People.Count * 0.10m);
            var average = positive.Count == 0 ? 0 : positive.Average(p => p.Base);
            var enough = withExtra == 0 || pool.MaggiorazioneEach >= 0.30m * average || pool.MaggiorazioneEach == Math.Floor(staff.Budget / withExtra * 100m) / 100m;
            return atMostShare && enough;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Settings_refuse_a_maggiorazione_under_30_percent_bands_out_of_order_and_an_EQ_risultato_under_15_percent()
    {
        Assert.Empty(Settings().Problems());
        var wrong = Settings() with
        {
            MaggiorazionePercent = 20,
            Bands = [new("A", 95, 80), new("B", 90, 90)],
            Rule = CoefficientRule.Bands,
            EqPositionBudget = 20_000m,
        };
        var problems = wrong.Problems();
        Assert.Contains(problems, p => p.Contains("30 %", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("fascia «A»", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("15 %", StringComparison.Ordinal));
    }
}
