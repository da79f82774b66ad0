using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Tests.Plan;

public sealed class TargetParserTests
{
    [Fact]
    public void Activity_target_5_100_percent_is_the_activity_scale()
    {
        var target = TargetParser.Parse("5 (100%)", IndicatorKind.Activity);
        Assert.Equal(TargetMeasure.ActivityScale, target.Measure);
        Assert.Equal(5m, target.Threshold);
        Assert.Equal(TargetDirection.HigherIsBetter, target.Direction);
        Assert.True(target.IsScorable);
    }

    [Fact]
    public void Percent_target_is_a_ratio_higher_is_better()
    {
        var target = TargetParser.Parse("100 %", IndicatorKind.Efficiency);
        Assert.Equal((TargetMeasure.Percent, 100m, TargetDirection.HigherIsBetter), (target.Measure, target.Threshold, target.Direction));
    }

    [Theory]
    [InlineData(">= ore 24", 24)]
    [InlineData("ore 30", 30)]
    [InlineData("almeno 24 ore", 24)]
    [InlineData("24h", 24)]
    public void Hours_targets_are_at_least(string text, int hours)
    {
        var target = TargetParser.Parse(text, IndicatorKind.Efficiency);
        Assert.Equal((TargetMeasure.Hours, (decimal)hours, TargetDirection.HigherIsBetter), (target.Measure, target.Threshold, target.Direction));
    }

    [Fact]
    public void Minus_one_is_days_of_delay_and_lower_is_better()
    {
        var target = TargetParser.Parse("-1", IndicatorKind.Efficiency);
        Assert.Equal((TargetMeasure.Days, -1m, TargetDirection.LowerIsBetter), (target.Measure, target.Threshold, target.Direction));
        Assert.Equal("giorni", target.UnitLabel);
    }

    [Fact]
    public void At_most_operator_makes_lower_better()
    {
        var target = TargetParser.Parse("<= 30 gg", IndicatorKind.Efficiency);
        Assert.Equal((TargetMeasure.Days, 30m, TargetDirection.LowerIsBetter), (target.Measure, target.Threshold, target.Direction));
    }

    [Fact]
    public void Empty_target_of_an_informational_indicator_is_fine()
    {
        var target = TargetParser.Parse("", IndicatorKind.Informational);
        Assert.Null(target.Problem);
        Assert.False(target.IsScorable);
    }

    [Fact]
    public void Empty_target_of_a_scoring_indicator_is_flagged_not_guessed()
    {
        var target = TargetParser.Parse("  ", IndicatorKind.Efficiency);
        Assert.NotNull(target.Problem);
        Assert.False(target.IsScorable);
        Assert.Contains("mancante", target.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da definire")]
    [InlineData("100 % entro giugno e 50 % a dicembre")]
    [InlineData("???")]
    public void Unintelligible_target_keeps_its_text_and_is_flagged(string text)
    {
        var target = TargetParser.Parse(text, IndicatorKind.Efficiency);
        Assert.Equal(text, target.Text);
        Assert.NotNull(target.Problem);
        Assert.False(target.IsScorable);
    }

    [Fact]
    public void Activity_indicator_with_a_target_other_than_five_is_flagged()
    {
        Assert.NotNull(TargetParser.Parse("100 %", IndicatorKind.Activity).Problem);
        Assert.NotNull(TargetParser.Parse("4 (100%)", IndicatorKind.Activity).Problem);
        Assert.Null(TargetParser.Parse("5", IndicatorKind.Activity).Problem);
    }

    [Theory]
    [InlineData("95,5", 95.5)]
    [InlineData("1.500", 1500)]
    [InlineData("1.500,25", 1500.25)]
    [InlineData("0.25", 0.25)]
    [InlineData("-1", -1)]
    public void Numbers_are_read_the_Italian_or_the_English_way(string text, double expected)
    {
        Assert.True(TargetParser.TryParseNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("--1")]
    public void Non_numbers_are_refused(string text) => Assert.False(TargetParser.TryParseNumber(text, out _));
}
