using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Scoring;

/// <summary>Small scoring inputs built by hand, and random ones for the properties.</summary>
internal static class Plans
{
    public static readonly Target Percent = TargetParser.Parse("100 %", IndicatorKind.Efficiency);
    public static readonly Target Activity = TargetParser.Parse("5 (100%)", IndicatorKind.Activity);
    public static readonly Target Days = TargetParser.Parse("-1", IndicatorKind.Efficiency);
    public static readonly Target Hours = TargetParser.Parse(">= ore 24", IndicatorKind.Efficiency);

    /// <summary>One department, two units; each value is a percent indicator of its unit (value = percent).</summary>
    public static ScoringInput TwoUnitsOneDepartment(double[] first, double[] second, bool informationalInSecondUnit = false)
    {
        var indicators = new List<IndicatorInput>();
        var id = 1;
        indicators.AddRange(first.Select(v => new IndicatorInput(id++, IndicatorKind.Efficiency, Percent, v, 0, 0)));
        indicators.AddRange(second.Select(v => new IndicatorInput(id++, IndicatorKind.Efficiency, Percent, v, 1, 1)));
        if (informationalInSecondUnit)
        {
            indicators.Add(new IndicatorInput(id, IndicatorKind.Informational, Target.None, 12345, 1, 1));
        }

        return new ScoringInput
        {
            Settings = ScoringSettings.Default,
            Indicators = [.. indicators],
            Assignments = [new(0, 0, 0), new(1, 1, 0)],
            UnitDepartment = [0, 0],
            DepartmentCount = 1,
            ManagementObjectiveCount = 2,
            ObjectiveWeight = [1, 1],
            StrategicMandateLine = [0],
            StrategicWeight = [1],
            MandateLineCount = 1,
        };
    }

    /// <summary>One mandate line; objective k under strategic objective k, with one percent indicator each.</summary>
    public static ScoringInput StrategicControl(double[] objectiveWeights, double[] strategicWeights, double[] percents) => new()
    {
        Settings = ScoringSettings.Default,
        Indicators = [.. percents.Select((p, k) => new IndicatorInput(k + 1, IndicatorKind.Efficiency, Percent, p, k, k))],
        Assignments = [.. percents.Select((_, k) => new AssignmentInput(k, 0, k))],
        UnitDepartment = [0],
        DepartmentCount = 1,
        ManagementObjectiveCount = percents.Length,
        ObjectiveWeight = objectiveWeights,
        StrategicMandateLine = [.. strategicWeights.Select(_ => 0)],
        StrategicWeight = strategicWeights,
        MandateLineCount = 1,
    };

    public static ScoringInput WithoutValues(ScoringInput input) => new()
    {
        Settings = input.Settings,
        Indicators = [.. input.Indicators.Select(i => i with { Value = null })],
        Assignments = input.Assignments,
        UnitDepartment = input.UnitDepartment,
        DepartmentCount = input.DepartmentCount,
        ManagementObjectiveCount = input.ManagementObjectiveCount,
        ObjectiveWeight = input.ObjectiveWeight,
        StrategicMandateLine = input.StrategicMandateLine,
        StrategicWeight = input.StrategicWeight,
        MandateLineCount = input.MandateLineCount,
        Leaders = input.Leaders,
    };

    /// <summary>A random plan of a few departments, units, objectives and indicators of every kind, from a seed.</summary>
    public static ScoringInput Random(int seed, bool cap = true, bool equalWeights = false)
    {
        var random = new Random(seed);
        var departments = random.Next(1, 4);
        var units = random.Next(1, 6);
        var unitDepartment = Enumerable.Range(0, units).Select(_ => random.Next(departments)).ToArray();
        var lines = random.Next(1, 3);
        var strategic = random.Next(1, 4);
        var strategicLine = Enumerable.Range(0, strategic).Select(_ => random.Next(lines)).ToArray();
        var objectives = random.Next(1, 6);
        var assignments = Enumerable.Range(0, random.Next(1, 9))
            .Select(_ => new AssignmentInput(random.Next(objectives), random.Next(units), random.Next(-1, strategic)))
            .ToArray();
        var indicators = Enumerable.Range(0, random.Next(1, 30)).Select(k =>
        {
            var assignment = random.Next(assignments.Length);
            return (random.Next(5)) switch
            {
                0 => new IndicatorInput(k + 1, IndicatorKind.Activity, Activity, random.Next(2) == 0 ? null : random.Next(6), assignment, assignment),
                1 => new IndicatorInput(k + 1, IndicatorKind.Efficiency, Percent, random.Next(0, 160), assignment, assignment),
                2 => new IndicatorInput(k + 1, IndicatorKind.Efficiency, Days, random.Next(-10, 10), assignment, assignment),
                3 => new IndicatorInput(k + 1, IndicatorKind.Effectiveness, Hours, random.Next(0, 60), assignment, assignment),
                _ => new IndicatorInput(k + 1, IndicatorKind.Informational, Target.None, random.Next(1000), assignment, assignment),
            };
        }).ToArray();
        return new ScoringInput
        {
            Settings = ScoringSettings.Default with { CapAt100 = cap },
            Indicators = indicators,
            Assignments = assignments,
            UnitDepartment = unitDepartment,
            DepartmentCount = departments,
            ManagementObjectiveCount = assignments.Length,
            ObjectiveWeight = [.. Enumerable.Range(0, objectives).Select(_ => equalWeights ? 1.0 : random.Next(1, 5))],
            StrategicMandateLine = strategicLine,
            StrategicWeight = [.. Enumerable.Range(0, strategic).Select(_ => equalWeights ? 1.0 : random.Next(1, 5))],
            MandateLineCount = lines,
            Leaders = [new LeaderInput("d", "Dirigente", RoleGroup.Director, [.. Enumerable.Range(0, units).Where(u => unitDepartment[u] == 0)])],
        };
    }

    public static ScoringInput With(ScoringInput input, IndicatorInput[] indicators) => new()
    {
        Settings = input.Settings,
        Indicators = indicators,
        Assignments = input.Assignments,
        UnitDepartment = input.UnitDepartment,
        DepartmentCount = input.DepartmentCount,
        ManagementObjectiveCount = input.ManagementObjectiveCount,
        ObjectiveWeight = input.ObjectiveWeight,
        StrategicMandateLine = input.StrategicMandateLine,
        StrategicWeight = input.StrategicWeight,
        MandateLineCount = input.MandateLineCount,
        Leaders = input.Leaders,
    };
}
