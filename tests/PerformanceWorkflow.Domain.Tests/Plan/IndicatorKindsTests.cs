using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Tests.Plan;

public sealed class IndicatorKindsTests
{
    [Theory]
    [InlineData("Attività", IndicatorKind.Activity)]
    [InlineData("attivita", IndicatorKind.Activity)]
    [InlineData("Efficienza", IndicatorKind.Efficiency)]
    [InlineData("Efficacia", IndicatorKind.Effectiveness)]
    [InlineData("Economicità", IndicatorKind.Economy)]
    [InlineData("Dato di Qualità", IndicatorKind.Informational)]
    [InlineData("Dato di contesto", IndicatorKind.Informational)]
    public void Italian_labels_are_read(string label, IndicatorKind expected)
    {
        Assert.True(IndicatorKinds.TryParse(label, out var kind, out _));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Informational_kind_keeps_its_full_label()
    {
        Assert.True(IndicatorKinds.TryParse("Dato di  Qualità", out _, out var label));
        Assert.Equal("Dato di Qualità", label);
    }

    [Theory]
    [InlineData("Qualità")]
    [InlineData("Efficenza ")]
    [InlineData("")]
    public void Unknown_labels_are_refused(string label) => Assert.False(IndicatorKinds.TryParse(label, out _, out _));

    [Fact]
    public void Informational_indicators_do_not_score() => Assert.False(IndicatorKind.Informational.IsScoring());
}
