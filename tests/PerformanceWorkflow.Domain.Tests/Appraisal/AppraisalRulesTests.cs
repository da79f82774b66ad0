using FsCheck;
using FsCheck.Fluent;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Appraisal;

/// <summary>One test per rule of valutazione-rendicontazione.md §1, named after it.</summary>
public sealed class AppraisalRulesTests
{
    private static readonly DifferentiationRule Rule = AppraisalSettings.Defaults(2024).Differentiation;

    [Fact]
    public void Objectives_are_the_weighted_mean_of_their_percent_capped_at_100()
    {
        Assert.Equal((60 * 100 + 40 * 50) / 100.0, AppraisalRules.ObjectivesScore([(60, 120), (40, 50)], 100));
        Assert.Equal(80.0, AppraisalRules.ObjectivesScore([(1, 80), (1, null)], 100));
        Assert.Null(AppraisalRules.ObjectivesScore([(1, null)], 100));
        Assert.Equal(110.0, AppraisalRules.ObjectivesScore([(1, 110)], 120));
    }

    [Fact]
    public void Behaviours_are_sum_of_weight_times_normalized_rating_over_sum_of_weights()
    {
        // (4−1)/(5−1) = 75, (2−1)/(5−1) = 25; weights 3 and 1.
        Assert.Equal(((3 * 75.0) + (1 * 25.0)) / 4, AppraisalRules.BehavioursScore([(3, 4), (1, 2)], 1, 5));
        Assert.Equal(0.0, AppraisalRules.BehavioursScore([(1, 1)], 1, 5));
        Assert.Equal(100.0, AppraisalRules.BehavioursScore([(1, 5)], 1, 5));
        Assert.Null(AppraisalRules.BehavioursScore([(1, null)], 1, 5));
    }

    [Theory]
    [InlineData(95.0, 0)]
    [InlineData(90.0, 0)]
    [InlineData(89.99, 1)]
    [InlineData(60.0, 1)]
    [InlineData(59.99, 2)]
    public void Bands_are_at_least_90_from_60_to_90_and_below_60(double score, int band) =>
        Assert.Equal(band, AppraisalRules.Band(score, 90, 60));

    [Fact]
    public void Differentiation_is_100_across_two_bands_scaled_within_one_and_not_applied_below_three_people()
    {
        Assert.Equal(100.0, AppraisalRules.DifferentiationScore([95, 80, 78], Rule));
        Assert.Equal(50 * 4 / 10.0, AppraisalRules.DifferentiationScore([80, 82, 84], Rule)!.Value, 9);
        Assert.Equal(50.0, AppraisalRules.DifferentiationScore([61, 70, 89], Rule));
        Assert.Equal(0.0, AppraisalRules.DifferentiationScore([75, 75, 75], Rule));
        Assert.Null(AppraisalRules.DifferentiationScore([95, 40], Rule));
    }

    [Fact]
    public void Differentiation_not_applied_gives_its_weight_to_the_unit_component()
    {
        var weights = new ComponentWeights(RoleGroup.UnitHead, 55, 15, 25, 5);
        var components = AppraisalRules.Weigh(weights, 80, 100, 75, null);
        Assert.Equal(60, components.Single(c => c.Component == AppraisalComponent.Unit).Weight);
        Assert.Equal(0, components.Single(c => c.Component == AppraisalComponent.Differentiation).Weight);
        Assert.Equal((0.60 * 80) + (0.15 * 100) + (0.25 * 75), AppraisalRules.Final(components)!.Value, 9);
    }

    [Fact]
    public void A_component_without_a_score_shares_its_weight_among_the_others_in_proportion()
    {
        var weights = new ComponentWeights(RoleGroup.Staff, 30, 30, 40, 0);
        var components = AppraisalRules.Weigh(weights, null, 100, 50, null);
        Assert.Equal(30 + (30 * 30 / 70.0), components.Single(c => c.Component == AppraisalComponent.Objectives).Weight, 9);
        Assert.Equal(100.0, components.Where(c => c.Score is not null).Sum(c => c.Weight), 9);
        Assert.Contains("ripartito", components.Single(c => c.Component == AppraisalComponent.Unit).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_score_is_the_sum_of_weight_times_score_over_100_shown_in_hundredths()
    {
        var components = AppraisalRules.Weigh(new ComponentWeights(RoleGroup.Staff, 30, 30, 40, 0), 70, 80, 90, null);
        Assert.Equal((30 * 70 + 30 * 80 + 40 * 90) / 100.0, AppraisalRules.Final(components));
        Assert.Equal("81,00", AppraisalRules.Format(81));
        Assert.Equal("78,35", AppraisalRules.Format(78.345678));
    }

    [Theory]
    [InlineData(59.994, true)]
    [InlineData(59.996, false)]
    [InlineData(60.0, false)]
    public void A_final_below_the_threshold_in_hundredths_is_negative(double final, bool negative) =>
        Assert.Equal(negative, AppraisalRules.IsNegative(final, 60));

    [Fact]
    public void Conciliation_may_be_asked_within_the_days_after_the_presa_visione()
    {
        var seen = new DateOnly(2025, 3, 1);
        Assert.True(AppraisalRules.ConciliationWindowOpen(seen, seen.AddDays(15), 15));
        Assert.False(AppraisalRules.ConciliationWindowOpen(seen, seen.AddDays(16), 15));
    }

    [Fact]
    public void The_breakdown_lists_what_is_missing_and_explains_every_component()
    {
        var settings = AppraisalSettings.Defaults(2024);
        var input = new AppraisalInput(RoleGroup.Staff, 72.5, "U.O.C. Tributi", [(60, 100), (40, null)], [("QUA", 4)], []);
        var breakdown = AppraisalBreakdown.Compute(settings, input);
        Assert.False(breakdown.Complete);
        Assert.Contains(breakdown.Missing, m => m.Contains("obiettivi", StringComparison.Ordinal));
        Assert.Contains(breakdown.Missing, m => m.Contains("4 comportamenti", StringComparison.Ordinal));
        Assert.All(breakdown.Components, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
        Assert.Contains("72,5", breakdown.Components.Single(c => c.Component == AppraisalComponent.Unit).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_scores_stay_between_0_and_100_and_weights_always_add_up_to_100() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 120).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (unit, objective, rating) =>
        {
            var settings = AppraisalSettings.Defaults(2024);
            var input = new AppraisalInput(RoleGroup.UnitHead, unit, "U", [(1, objective)], [.. settings.BehavioursOf(RoleGroup.UnitHead).Select(b => (b.Code, (int?)rating))], [50, 95, 70]);
            var breakdown = AppraisalBreakdown.Compute(settings, input);
            return breakdown.Final is >= 0 and <= 100.0000001 && Math.Abs(breakdown.Components.Sum(c => c.Weight) - 100) < 1e-9;
        }).QuickCheckThrowOnFailure();
}
