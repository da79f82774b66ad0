using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>One indicator as the engine sees it: indices into the other arrays, never database types.</summary>
public readonly record struct IndicatorInput(int Id, IndicatorKind Kind, Target Target, double? Value, int Assignment, int ManagementObjective)
{
    private readonly Target target = Target;

    public Target Target
    {
        get => target;
        init
        {
            target = value;
            Scoring = ScoringTarget.Of(value);
        }
    }

    /// <summary>
    /// What the rules read of <see cref="Target"/>, laid inside the indicator: the engine walks 50,000 of these, and
    /// following each one's target object cost it more than the rules themselves (docs/performance.md).
    /// </summary>
    public ScoringTarget Scoring { get; private init; } = ScoringTarget.Of(Target);
}

/// <summary>A target as the scoring rules read it: whether it can be scored, its measure, direction and threshold.</summary>
public readonly record struct ScoringTarget(bool IsScorable, TargetMeasure Measure, TargetDirection Direction, double Threshold)
{
    public static ScoringTarget Of(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new(target.IsScorable, target.Measure, target.Direction, target.Threshold is { } threshold ? (double)threshold : 0);
    }
}

/// <summary>An operational objective assigned to a unit for the year; <see cref="StrategicObjective"/> is -1 when not linked.</summary>
public readonly record struct AssignmentInput(int Objective, int Unit, int StrategicObjective);

/// <summary>A person leading units: a Director (all units of his departments) or a UnitHead.</summary>
public sealed record LeaderInput(string Key, string Name, RoleGroup Group, IReadOnlyList<int> Units);

/// <summary>
/// The scoring input of a year and round, as dense arrays: an index is a position, so that aggregating 200,000 values
/// over the tree is a single pass without dictionaries (see architecture.md, performance facts).
/// </summary>
public sealed record ScoringInput
{
    public required ScoringSettings Settings { get; init; }

    public required IndicatorInput[] Indicators { get; init; }

    public required AssignmentInput[] Assignments { get; init; }

    /// <summary>Department index of each unit.</summary>
    public required int[] UnitDepartment { get; init; }

    public required int DepartmentCount { get; init; }

    public required int ManagementObjectiveCount { get; init; }

    /// <summary>Weight of each operational objective for the year (rule 7, first level; 1 by default).</summary>
    public required double[] ObjectiveWeight { get; init; }

    /// <summary>Mandate line index of each strategic objective.</summary>
    public required int[] StrategicMandateLine { get; init; }

    /// <summary>Weight of each strategic objective, the tree element (rule 7, second level; 1 by default).</summary>
    public required double[] StrategicWeight { get; init; }

    public required int MandateLineCount { get; init; }

    public IReadOnlyList<LeaderInput> Leaders { get; init; } = [];
}

/// <summary>A number of the sheet: a sum of weighted percentages and the weights behind it (counts when unweighted).</summary>
public readonly record struct Aggregate(double Sum, double Weight, int Indicators)
{
    /// <summary>The percentage, or null when no scoring indicator is behind it.</summary>
    public double? Percent => Indicators == 0 || Weight <= 0 ? null : Sum / Weight;

    public Aggregate Add(double percent, double weight = 1.0) => new(Sum + (percent * weight), Weight + weight, Indicators + 1);

    public static Aggregate operator +(Aggregate a, Aggregate b) => new(a.Sum + b.Sum, a.Weight + b.Weight, a.Indicators + b.Indicators);
}

/// <summary>The result of the engine: each indicator's percentage and rule, and every dimension of the tree.</summary>
public sealed class ScoreSheet
{
    public required double?[] IndicatorPercent { get; init; }

    public required ScoreRule[] IndicatorRule { get; init; }

    public required Aggregate Organization { get; init; }

    public required Aggregate[] Departments { get; init; }

    public required Aggregate[] Units { get; init; }

    /// <summary>An operational objective in one unit (the plan's "objective" row).</summary>
    public required Aggregate[] Assignments { get; init; }

    /// <summary>An operational objective across all the units that pursue it.</summary>
    public required Aggregate[] Objectives { get; init; }

    public required Aggregate[] ManagementObjectives { get; init; }

    /// <summary>Strategic control, weighted (rule 7).</summary>
    public required Aggregate[] StrategicObjectives { get; init; }

    /// <summary>Strategic control, weighted (rule 7).</summary>
    public required Aggregate[] MandateLines { get; init; }

    public required Aggregate[] Leaders { get; init; }
}

/// <summary>
/// Computes every dimension of the performance tree from the values of a round, in one pass over the indicators:
/// flat means of indicators everywhere (rules 5–6), weighted means for the strategic control (rule 7).
/// </summary>
public static class ScoringEngine
{
    public static ScoreSheet Compute(ScoringInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var indicators = input.Indicators;
        var percent = new double?[indicators.Length];
        var rule = new ScoreRule[indicators.Length];
        var organization = default(Aggregate);
        var departments = new Aggregate[input.DepartmentCount];
        var units = new Aggregate[input.UnitDepartment.Length];
        var assignments = new Aggregate[input.Assignments.Length];
        var objectives = new Aggregate[input.ObjectiveWeight.Length];
        var managements = new Aggregate[input.ManagementObjectiveCount];
        var strategic = new Aggregate[input.StrategicMandateLine.Length];
        var lines = new Aggregate[input.MandateLineCount];

        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            var (p, r) = ScoringRules.Score(indicator.Kind, indicator.Scoring, indicator.Value, input.Settings);
            percent[i] = p;
            rule[i] = r;
            if (p is not { } value)
            {
                continue;
            }

            var assignment = input.Assignments[indicator.Assignment];
            var unit = assignment.Unit;
            organization = organization.Add(value);
            departments[input.UnitDepartment[unit]] = departments[input.UnitDepartment[unit]].Add(value);
            units[unit] = units[unit].Add(value);
            assignments[indicator.Assignment] = assignments[indicator.Assignment].Add(value);
            objectives[assignment.Objective] = objectives[assignment.Objective].Add(value);
            if (indicator.ManagementObjective >= 0)
            {
                managements[indicator.ManagementObjective] = managements[indicator.ManagementObjective].Add(value);
            }

            if (assignment.StrategicObjective >= 0)
            {
                var weight = input.ObjectiveWeight[assignment.Objective] * input.StrategicWeight[assignment.StrategicObjective];
                strategic[assignment.StrategicObjective] = strategic[assignment.StrategicObjective].Add(value, weight);
                var line = input.StrategicMandateLine[assignment.StrategicObjective];
                lines[line] = lines[line].Add(value, weight);
            }
        }

        // A leader's number is the flat mean of the indicators of all his units, not the mean of his units' numbers.
        var leaders = new Aggregate[input.Leaders.Count];
        for (var l = 0; l < leaders.Length; l++)
        {
            foreach (var u in input.Leaders[l].Units.Distinct())
            {
                leaders[l] += units[u];
            }
        }

        return new ScoreSheet
        {
            IndicatorPercent = percent,
            IndicatorRule = rule,
            Organization = organization,
            Departments = departments,
            Units = units,
            Assignments = assignments,
            Objectives = objectives,
            ManagementObjectives = managements,
            StrategicObjectives = strategic,
            MandateLines = lines,
            Leaders = leaders,
        };
    }
}
