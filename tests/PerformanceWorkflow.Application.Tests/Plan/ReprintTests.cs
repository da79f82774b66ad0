using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>The importer reasons on content, so another printing of the same document gives the same plan.</summary>
public sealed class ReprintTests
{
    private static readonly ParsedPlan Original = PlanFileParser.Parse(Reference.TextBytes, "piao.txt");

    [Theory]
    [InlineData(7, 5)]
    [InlineData(11, 4)]
    [InlineData(13, 7)]
    [InlineData(17, 3)]
    [InlineData(1000, 6)]
    [InlineData(5, 2)]
    [InlineData(9, 3)]
    [InlineData(23, 2)]
    public void Another_printing_with_page_breaks_and_shifted_rows_elsewhere_gives_the_same_plan(int pageLength, int shiftEvery)
    {
        var text = Reprint.Of(Reference.Text, pageLength, shiftEvery);
        Assert.NotEqual(Reference.Text, text);
        var parsed = Reference.Parse(text);

        Assert.Empty(parsed.Summary.Errors);
        Assert.Equal(Original.Summary with { Warnings = [], Errors = [] }, parsed.Summary with { Warnings = [], Errors = [] }, SummaryComparer.Instance);
        Assert.Equal(Reference.OperationalFingerprint(Original.Draft), Reference.OperationalFingerprint(parsed.Draft));
        Assert.Equal(Reference.TriennialFingerprint(Original.Draft), Reference.TriennialFingerprint(parsed.Draft));

        // The genuinely ambiguous rows stay ambiguous, wherever they fall.
        Assert.Contains(parsed.Log.Messages, m => m.Kind == ImportMessageKind.Ambiguous && m.Message.Contains("Efficienza, target «-1»", StringComparison.Ordinal));
    }

    private sealed class SummaryComparer : IEqualityComparer<ImportSummary>
    {
        public static SummaryComparer Instance { get; } = new();

        public bool Equals(ImportSummary? x, ImportSummary? y) =>
            x is not null && y is not null
            && (x.Departments, x.Units, x.ObjectiveCodes, x.ObjectiveAssignments, x.Indicators, x.MandateLines, x.StrategicObjectives, x.Missions)
               == (y.Departments, y.Units, y.ObjectiveCodes, y.ObjectiveAssignments, y.Indicators, y.MandateLines, y.StrategicObjectives, y.Missions)
            && x.IndicatorsByKind.OrderBy(k => k.Key).SequenceEqual(y.IndicatorsByKind.OrderBy(k => k.Key));

        public int GetHashCode(ImportSummary obj) => obj.Indicators;
    }
}
