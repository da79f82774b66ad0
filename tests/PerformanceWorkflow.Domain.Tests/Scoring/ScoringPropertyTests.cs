using FsCheck.Xunit;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Scoring;

/// <summary>Properties of the engine over random plans (FsCheck supplies the seeds and shrinks failures).</summary>
public sealed class ScoringPropertyTests
{
    private static IEnumerable<double?> AllPercents(ScoreSheet s) =>
        new[] { s.Organization }.Concat(s.Departments).Concat(s.Units).Concat(s.Assignments).Concat(s.Objectives)
            .Concat(s.ManagementObjectives).Concat(s.StrategicObjectives).Concat(s.MandateLines).Concat(s.Leaders).Select(a => a.Percent);

    private static bool Same(IEnumerable<double?> a, IEnumerable<double?> b) =>
        a.Zip(b).All(p => p.First is null ? p.Second is null : p.Second is not null && Math.Abs(p.First.Value - p.Second.Value) < 1e-9);

    [Property]
    public bool A_flat_mean_does_not_depend_on_order(int[] values, int seed)
    {
        var percents = (values ?? []).Select(v => (double)Math.Abs(v % 1000)).ToList();
        var shuffled = percents.OrderBy(_ => new Random(seed).Next()).ToList();
        var (a, b) = (ScoringRules.FlatMean(percents), ScoringRules.FlatMean(shuffled));
        return a is null ? b is null : Math.Abs(a.Value - b!.Value) < 1e-9;
    }

    [Property]
    public bool The_engine_does_not_depend_on_the_order_of_indicators(int seed)
    {
        var input = Plans.Random(seed);
        var reversed = Plans.With(input, [.. input.Indicators.Reverse()]);
        return Same(AllPercents(ScoringEngine.Compute(input)), AllPercents(ScoringEngine.Compute(reversed)));
    }

    [Property]
    public bool An_informational_indicator_never_changes_any_score(int seed, int value, int where)
    {
        var input = Plans.Random(seed);
        var assignment = Math.Abs(where % input.Assignments.Length);
        var extra = new IndicatorInput(99999, IndicatorKind.Informational, Target.None, value, assignment, assignment);
        var withData = Plans.With(input, [.. input.Indicators, extra]);
        return Same(AllPercents(ScoringEngine.Compute(input)), AllPercents(ScoringEngine.Compute(withData)));
    }

    [Property]
    public bool An_activity_indicator_at_5_scores_100(int seed)
    {
        var input = Plans.Random(seed);
        var activities = input.Indicators.Select(i => i.Kind == IndicatorKind.Activity ? i with { Value = 5 } : i).ToArray();
        var sheet = ScoringEngine.Compute(Plans.With(input, activities));
        return activities.Select((i, k) => (i, k)).Where(x => x.i.Kind == IndicatorKind.Activity).All(x => sheet.IndicatorPercent[x.k] == 100.0);
    }

    [Property]
    public bool Caps_hold(int seed)
    {
        var capped = ScoringEngine.Compute(Plans.Random(seed, cap: true));
        var uncapped = ScoringEngine.Compute(Plans.Random(seed, cap: false));
        return AllPercents(capped).Concat(capped.IndicatorPercent).All(p => p is null or >= 0 and <= 100)
            && AllPercents(uncapped).Concat(uncapped.IndicatorPercent).All(p => p is null or >= 0);
    }

    [Property]
    public bool The_weighted_strategic_control_with_equal_weights_equals_the_flat_mean(int seed)
    {
        var input = Plans.Random(seed, equalWeights: true);
        var sheet = ScoringEngine.Compute(input);
        for (var line = 0; line < input.MandateLineCount; line++)
        {
            var under = Enumerable.Range(0, input.Indicators.Length)
                .Where(i => input.Assignments[input.Indicators[i].Assignment].StrategicObjective is var s and >= 0 && input.StrategicMandateLine[s] == line)
                .Select(i => sheet.IndicatorPercent[i]).OfType<double>();
            if (!Same([ScoringRules.FlatMean(under)], [sheet.MandateLines[line].Percent]))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool A_department_is_the_mean_of_its_indicators_not_of_its_units_means(int seed)
    {
        var input = Plans.Random(seed);
        var sheet = ScoringEngine.Compute(input);
        return Enumerable.Range(0, input.DepartmentCount).All(d =>
        {
            var indicators = Enumerable.Range(0, input.Indicators.Length)
                .Where(i => input.UnitDepartment[input.Assignments[input.Indicators[i].Assignment].Unit] == d)
                .Select(i => sheet.IndicatorPercent[i]).OfType<double>();
            return Same([ScoringRules.FlatMean(indicators)], [sheet.Departments[d].Percent]);
        });
    }

    [Property]
    public bool Every_explanation_reproduces_its_number(int seed)
    {
        var input = Plans.Random(seed);
        var sheet = ScoringEngine.Compute(input);
        return Enumerable.Range(0, input.UnitDepartment.Length).All(u =>
        {
            var e = ScoreExplainer.Explain(input, sheet, Dimension.Unit, u);
            return Same([ScoringRules.FlatMean(e.Scoring.Select(i => i.Percent!.Value))], [sheet.Units[u].Percent]);
        }) && Enumerable.Range(0, input.MandateLineCount).All(l =>
        {
            var e = ScoreExplainer.Explain(input, sheet, Dimension.MandateLine, l);
            return Same([ScoringRules.WeightedMean(e.Scoring.Select(i => (i.Percent!.Value, i.Weight)))], [sheet.MandateLines[l].Percent]);
        });
    }
}
