using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>A number of the report: its percentage (null when no scoring indicator is behind it) and how many indicators.</summary>
public sealed record ScoreValue(double? Percent, int Indicators)
{
    public static ScoreValue Of(Aggregate aggregate) => new(aggregate.Percent, aggregate.Indicators);
}

public sealed record DepartmentScore(int Id, string Name, ScoreValue Score);

public sealed record UnitScore(int Id, string Name, int DepartmentId, string Department, ScoreValue Score);

public sealed record LeaderScore(string Key, string Name, RoleGroup Group, ScoreValue Score);

/// <summary>An operational objective in a unit (the index of the assignment in the engine's arrays is kept for explanations).</summary>
public sealed record AssignmentScore(int Id, int ObjectiveId, string? Code, string Title, int UnitId, string Unit, ScoreValue Score);

public sealed record StrategicScore(int Id, string Title, int MandateLineId, ScoreValue Score);

public sealed record MandateLineScore(int Id, string Name, ScoreValue Score);

/// <summary>
/// An indicator's number: its unit and objective by id (their names are in the report's units and objectives, its
/// title in the plan: <see cref="ScoreService.IndicatorNamesAsync"/>). A city's report has 50,000 of these: names
/// repeated on every row made the report four times larger and its encoding half of a recomputation.
/// </summary>
public sealed record IndicatorScore(int Id, int UnitId, int ObjectiveId, Domain.Plan.IndicatorKind Kind, string Target, double? Value, double? Percent, ScoreRule Rule);

/// <summary>The names an indicator row refers to by id, looked up once per report.</summary>
public sealed class ScoreReportNames
{
    private readonly Dictionary<int, UnitScore> units;

    // An objective pursued by several units has a row per unit, each with the same code and title.
    private readonly Dictionary<int, AssignmentScore> objectives;

    public ScoreReportNames(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        units = report.Units.ToDictionary(u => u.Id);
        objectives = report.Objectives.DistinctBy(o => o.ObjectiveId).ToDictionary(o => o.ObjectiveId);
    }

    /// <summary>An operational objective's title, empty when the report does not have it.</summary>
    public string Title(int objectiveId) => objectives.TryGetValue(objectiveId, out var objective) ? objective.Title : string.Empty;

    public string Unit(IndicatorScore indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return units.TryGetValue(indicator.UnitId, out var unit) ? unit.Name : string.Empty;
    }

    public string Department(IndicatorScore indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return units.TryGetValue(indicator.UnitId, out var unit) ? unit.Department : string.Empty;
    }

    public string? Code(IndicatorScore indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return objectives.TryGetValue(indicator.ObjectiveId, out var objective) ? objective.Code : null;
    }
}

/// <summary>
/// Every number of a year and round: what the scores page shows, what `pw score --json` prints, what is stored as
/// the snapshot. Built only from the engine's sheet, so that all of them agree.
/// </summary>
/// <summary>The top of a <see cref="ScoreReport"/>: when it was computed, the organization and its departments.</summary>
public sealed record ScoreReportHead(DateTime ComputedAtUtc, ScoreValue Organization, IReadOnlyList<DepartmentScore> Departments);

public sealed record ScoreReport(
    int Year,
    int RoundId,
    int Round,
    string RoundLabel,
    long Version,
    DateTime ComputedAtUtc,
    ScoringSettings Settings,
    ScoreValue Organization,
    IReadOnlyList<DepartmentScore> Departments,
    IReadOnlyList<UnitScore> Units,
    IReadOnlyList<LeaderScore> Leaders,
    IReadOnlyList<AssignmentScore> Objectives,
    IReadOnlyList<StrategicScore> StrategicObjectives,
    IReadOnlyList<MandateLineScore> MandateLines,
    IReadOnlyList<IndicatorScore> Indicators)
{
    public static ScoreReport Build(ScoringData data, ScoreSheet sheet, DateTime computedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sheet);
        var input = data.Input;
        var labels = data.Labels;
        return new ScoreReport(
            data.Year,
            data.RoundId,
            data.RoundNumber,
            data.RoundLabel,
            data.Version,
            computedAtUtc,
            input.Settings,
            ScoreValue.Of(sheet.Organization),
            labels.DepartmentIds.Select((id, d) => new DepartmentScore(id, labels.DepartmentNames[d], ScoreValue.Of(sheet.Departments[d]))).ToList(),
            labels.UnitIds.Select((id, u) => new UnitScore(id, labels.UnitNames[u], labels.DepartmentIds[input.UnitDepartment[u]], labels.DepartmentNames[input.UnitDepartment[u]], ScoreValue.Of(sheet.Units[u]))).ToList(),
            input.Leaders.Select((l, k) => new LeaderScore(l.Key, l.Name, l.Group, ScoreValue.Of(sheet.Leaders[k]))).ToList(),
            labels.AssignmentIds.Select((id, a) =>
            {
                var assignment = input.Assignments[a];
                return new AssignmentScore(id, labels.ObjectiveIds[assignment.Objective], labels.ObjectiveCodes[assignment.Objective], labels.ObjectiveTitles[assignment.Objective],
                    labels.UnitIds[assignment.Unit], labels.UnitNames[assignment.Unit], ScoreValue.Of(sheet.Assignments[a]));
            }).ToList(),
            labels.StrategicIds.Select((id, s) => new StrategicScore(id, labels.StrategicTitles[s], labels.MandateLineIds[input.StrategicMandateLine[s]], ScoreValue.Of(sheet.StrategicObjectives[s]))).ToList(),
            labels.MandateLineIds.Select((id, m) => new MandateLineScore(id, labels.MandateLineNames[m], ScoreValue.Of(sheet.MandateLines[m]))).ToList(),
            input.Indicators.Select((indicator, i) =>
            {
                var assignment = input.Assignments[indicator.Assignment];
                return new IndicatorScore(
                    indicator.Id,
                    labels.UnitIds[assignment.Unit],
                    labels.ObjectiveIds[assignment.Objective],
                    indicator.Kind,
                    labels.IndicatorTargets[i],
                    indicator.Value,
                    sheet.IndicatorPercent[i],
                    sheet.IndicatorRule[i]);
            }).ToList());
    }
}
