using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Scoring;

/// <summary>One test per rule of domain.md § Scoring rules, named after it.</summary>
public sealed class ScoringRulesTests
{
    private static Target T(string text, IndicatorKind kind) => TargetParser.Parse(text, kind);

    [Fact]
    public void Rule1_indicator_percent_is_achieved_value_over_target()
    {
        Assert.Equal(50.0, ScoringRules.Achievement(12, 24));
        Assert.Equal(75.0, ScoringRules.Score(IndicatorKind.Efficiency, T("100 %", IndicatorKind.Efficiency), 75, ScoringSettings.Default).Percent);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 20.0)]
    [InlineData(3, 60.0)]
    [InlineData(4, 80.0)]
    [InlineData(5, 100.0)]
    public void Rule2_activity_value_0_to_5_is_value_over_5(int value, double percent)
    {
        Assert.Equal(percent, ScoringRules.Activity(value));
        Assert.Equal((percent, ScoreRule.Activity), ScoringRules.Score(IndicatorKind.Activity, T("5 (100%)", IndicatorKind.Activity), value, ScoringSettings.Default));
    }

    [Fact]
    public void Rule2_activity_value_outside_the_scale_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringRules.Activity(6));

    [Fact]
    public void Rule3_higher_is_better_is_capped_at_100_unless_configured()
    {
        var hours = T(">= ore 24", IndicatorKind.Efficiency);
        Assert.Equal(100.0, ScoringRules.Score(IndicatorKind.Efficiency, hours, 36, ScoringSettings.Default).Percent);
        Assert.Equal(150.0, ScoringRules.Score(IndicatorKind.Efficiency, hours, 36, ScoringSettings.Default with { CapAt100 = false }).Percent);
        Assert.Equal(50.0, ScoringRules.Score(IndicatorKind.Efficiency, hours, 12, ScoringSettings.Default).Percent);
        Assert.Equal(0.0, ScoringRules.HigherIsBetter(-5, 24, capAt100: true));
    }

    [Theory]
    [InlineData(-1, 100.0)]
    [InlineData(-12, 100.0)]
    [InlineData(0, 0.0)]
    [InlineData(8, 0.0)]
    public void Rule3_lower_is_better_with_target_at_most_zero_is_all_or_nothing(double daysOfDelay, double percent)
    {
        var (p, rule) = ScoringRules.Score(IndicatorKind.Efficiency, T("-1", IndicatorKind.Efficiency), daysOfDelay, ScoringSettings.Default);
        Assert.Equal((percent, ScoreRule.LowerIsBetterAllOrNothing), (p!.Value, rule));
    }

    [Theory]
    [InlineData(-1, 100.0)]
    [InlineData(1, 80.0)]
    [InlineData(4, 50.0)]
    [InlineData(9, 0.0)]
    [InlineData(20, 0.0)]
    public void Rule3_lower_is_better_with_a_configured_band_is_linear_within_the_tolerance(double daysOfDelay, double percent)
    {
        var settings = new ScoringSettings(true, LowerIsBetterRule.LinearBand, Tolerance: 10);
        var (p, rule) = ScoringRules.Score(IndicatorKind.Efficiency, T("-1", IndicatorKind.Efficiency), daysOfDelay, settings);
        Assert.Equal(percent, p!.Value, precision: 9);
        Assert.Equal(ScoreRule.LowerIsBetterBand, rule);
    }

    [Fact]
    public void Rule4_informational_indicators_never_enter_any_average()
    {
        var (percent, rule) = ScoringRules.Score(IndicatorKind.Informational, Target.None, 42, ScoringSettings.Default);
        Assert.Null(percent);
        Assert.Equal(ScoreRule.Informational, rule);
        Assert.False(ScoringRules.EntersAverages(IndicatorKind.Informational));
    }

    [Fact]
    public void Rule5_objective_percent_is_the_arithmetic_mean_of_its_indicators()
    {
        Assert.Equal(70.0, ScoringRules.FlatMean([100, 80, 30]));
        Assert.Null(ScoringRules.FlatMean([]));
    }

    [Fact]
    public void Rule6_every_dimension_is_the_flat_mean_of_its_indicators_not_a_mean_of_means()
    {
        // A department with a unit of one indicator at 100 % and a unit of three at 0 %, 0 %, 60 %.
        var input = Plans.TwoUnitsOneDepartment([100], [0, 0, 60]);
        var sheet = ScoringEngine.Compute(input);
        Assert.Equal(40.0, sheet.Departments[0].Percent);
        Assert.Equal(4, sheet.Departments[0].Indicators);
        var meanOfUnits = (sheet.Units[0].Percent!.Value + sheet.Units[1].Percent!.Value) / 2;
        Assert.Equal(60.0, meanOfUnits);
        Assert.NotEqual(meanOfUnits, sheet.Departments[0].Percent);
    }

    [Fact]
    public void Rule7_strategic_control_is_a_weighted_mean_with_two_levels_of_weights()
    {
        // One mandate line, one strategic objective weight 2 with an objective weight 1 at 100 %, another strategic
        // objective weight 1 with an objective weight 3 at 0 %: (100×2 + 0×3) / (2 + 3) = 40 %.
        var input = Plans.StrategicControl(objectiveWeights: [1, 3], strategicWeights: [2, 1], percents: [100, 0]);
        var sheet = ScoringEngine.Compute(input);
        Assert.Equal(40.0, sheet.MandateLines[0].Percent);
        Assert.Equal(50.0, sheet.Organization.Percent);
        Assert.Equal(40.0, ScoringRules.WeightedMean([(100, 2), (0, 3)]));
    }

    [Fact]
    public void Rule8_monitoring_values_are_scored_against_the_annual_target()
    {
        // In the second quarter an activity at 2 is "realizzato al 40 %", and 12 hours of training out of 24 are 50 %.
        Assert.Equal(40.0, ScoringRules.Score(IndicatorKind.Activity, T("5 (100%)", IndicatorKind.Activity), 2, ScoringSettings.Default).Percent);
        Assert.Equal(50.0, ScoringRules.Score(IndicatorKind.Efficiency, T(">= ore 24", IndicatorKind.Efficiency), 12, ScoringSettings.Default).Percent);
    }

    [Fact]
    public void Rule9_individual_performance_weighs_the_parts_per_the_smvp()
    {
        var director = new SmvpWeights(RoleGroup.Director, 60, 20, 20);
        Assert.Equal(80.0, IndividualPerformance.Score(100, 50, 50, director));
        Assert.Equal(87.5, IndividualPerformance.Score(100, null, 50, director));
        Assert.Empty(director.Problems());
    }

    [Fact]
    public void Rule9_for_dirigenti_and_eq_the_unit_indicators_must_weigh_more_than_half()
    {
        Assert.NotEmpty(new SmvpWeights(RoleGroup.Director, 50, 25, 25).Problems());
        Assert.NotEmpty(new SmvpWeights(RoleGroup.UnitHead, 40, 30, 30).Problems());
        Assert.Empty(new SmvpWeights(RoleGroup.Staff, 30, 30, 40).Problems());
        Assert.NotEmpty(new SmvpWeights(RoleGroup.Staff, 30, 30, 30).Problems());
        Assert.All(SmvpWeights.Defaults, w => Assert.Empty(w.Problems()));
    }

    [Fact]
    public void Rule10_every_number_lists_the_indicators_values_rules_and_weights_behind_it()
    {
        var input = Plans.TwoUnitsOneDepartment([100], [0, 0, 60], informationalInSecondUnit: true);
        var sheet = ScoringEngine.Compute(input);

        var explanation = ScoreExplainer.Explain(input, sheet, Dimension.Department, 0);

        Assert.Equal(sheet.Departments[0].Percent, explanation.Percent);
        Assert.Equal(5, explanation.Items.Count);
        Assert.Equal(4, explanation.Scoring.Count());
        Assert.Contains(explanation.Items, i => i.Rule == ScoreRule.Informational && i.Weight == 0);
        Assert.Equal(explanation.Percent, ScoringRules.FlatMean(explanation.Scoring.Select(i => i.Percent!.Value)));
        Assert.Equal("Media aritmetica di 4 indicatori: (100 + 0 + 0 + 60) / 4 = 40 %. Esclusi 1 indicatori (dati informativi, target non interpretabili o valori non rilevati).", explanation.Formula);
    }

    [Fact]
    public void An_indicator_whose_target_cannot_be_understood_is_left_out_visibly()
    {
        var (percent, rule) = ScoringRules.Score(IndicatorKind.Efficiency, T("da definire", IndicatorKind.Efficiency), 10, ScoringSettings.Default);
        Assert.Null(percent);
        Assert.Equal(ScoreRule.InvalidTarget, rule);
    }

    [Fact]
    public void A_value_not_entered_is_left_out_and_a_dimension_without_values_has_no_percent()
    {
        var sheet = ScoringEngine.Compute(Plans.WithoutValues(Plans.TwoUnitsOneDepartment([100], [0])));
        Assert.Null(sheet.Organization.Percent);
        Assert.All(sheet.IndicatorRule, r => Assert.Equal(ScoreRule.NotEntered, r));
    }

    [Fact]
    public void An_indicator_given_another_target_is_scored_on_the_new_one()
    {
        // The rules read a copy of the target laid inside the indicator: replacing the target (a revision in force in
        // a round) must replace the copy too.
        var planned = new IndicatorInput(1, IndicatorKind.Efficiency, T(">= 80%", IndicatorKind.Efficiency), 40, 0, 0);
        var revised = planned with { Target = T(">= 40%", IndicatorKind.Efficiency) };
        Assert.Equal(50.0, ScoringRules.Score(planned.Kind, planned.Scoring, planned.Value, ScoringSettings.Default).Percent);
        Assert.Equal(100.0, ScoringRules.Score(revised.Kind, revised.Scoring, revised.Value, ScoringSettings.Default).Percent);
        Assert.Equal(ScoringTarget.Of(revised.Target), revised.Scoring);
        Assert.False((planned with { Target = Target.None }).Scoring.IsScorable);
    }
}
