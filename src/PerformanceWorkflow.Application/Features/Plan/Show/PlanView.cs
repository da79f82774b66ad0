using System.Text.Json.Serialization;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Plan.Show;

/// <summary>A year's plan in both trees: by mandate line (strategic) and by department (organizational).</summary>
public sealed record PlanView(
    int Year,
    IReadOnlyList<MandateLineView> MandateLines,
    IReadOnlyList<DepartmentView> Departments)
{
    /// <summary>Objectives of the year that the triennial table does not place under a mandate line.</summary>
    [JsonIgnore]
    public IReadOnlyList<ObjectiveSummaryView> UnlinkedObjectives { get; init; } = [];
}

public sealed record MandateLineView(string Name, IReadOnlyList<StrategicObjectiveView> StrategicObjectives)
{
    [JsonIgnore]
    public int Id { get; init; }

    /// <summary>How many objectives of the year sit under the line.</summary>
    [JsonIgnore]
    public int Objectives => StrategicObjectives.Sum(s => s.OperationalObjectives.Count);
}

public sealed record StrategicObjectiveView(string Title, IReadOnlyList<ObjectiveSummaryView> OperationalObjectives);

public sealed record ObjectiveSummaryView(
    [property: JsonIgnore] int Id,
    string? Code,
    string Title,
    string? Mission,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Tags,
    string? Cup,
    IReadOnlyList<string> Units);

public sealed record DepartmentView([property: JsonIgnore] int Id, string Name, IReadOnlyList<UnitView> Units);

public sealed record UnitView([property: JsonIgnore] int Id, string Name, IReadOnlyList<UnitObjectiveView> Objectives);

public sealed record UnitObjectiveView(
    [property: JsonIgnore] int Id,
    string? Code,
    string Title,
    IReadOnlyList<ManagementObjectiveView> ManagementObjectives);

public sealed record ManagementObjectiveView(string Title, IReadOnlyList<IndicatorView> Indicators);

public sealed record IndicatorView(
    [property: JsonIgnore] int Id,
    string Title,
    string Kind,
    string Target,
    DateOnly? DueDate,
    string? Office)
{
    /// <summary>The kind as the plan writes it ("Dato di Qualità").</summary>
    [JsonIgnore]
    public string KindLabel { get; init; } = string.Empty;

    /// <summary>Why the target cannot be scored, when it cannot.</summary>
    [JsonIgnore]
    public string? TargetProblem { get; init; }
}

/// <summary>The numbers of a year's plan for the home page.</summary>
public sealed record PlanSummary(int Year, IReadOnlyList<DepartmentSummary> Departments, int Units, int Objectives, IReadOnlyDictionary<IndicatorKind, int> IndicatorsByKind, int Announced)
{
    public int Indicators => IndicatorsByKind.Values.Sum();

    public int Count(IndicatorKind kind) => IndicatorsByKind.GetValueOrDefault(kind);
}

public sealed record DepartmentSummary(int Id, string Name, int Units, int Objectives);
