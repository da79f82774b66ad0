using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>
/// The plan a file describes, with the identities the database will use (normalized keys), before it is saved.
/// Built by <see cref="PlanAssembler"/>; saved by <see cref="ImportPlanHandler"/>; counted for the preview.
/// </summary>
public sealed class PlanDraft
{
    public List<DepartmentDraft> Departments { get; } = [];

    public List<MandateLineDraft> MandateLines { get; } = [];

    public List<MissionDraft> Missions { get; } = [];

    public List<ObjectiveDraft> Objectives { get; } = [];

    /// <summary>Years with an operational table in the file: their assignments are replaced by the import.</summary>
    public List<int> OperationalYears { get; } = [];

    /// <summary>Year columns of the triennial table, when the file has one: the objective links are replaced.</summary>
    public List<int> TriennialYears { get; } = [];

    public bool HasTriennialTable { get; set; }

    public IEnumerable<UnitDraft> Units => Departments.SelectMany(d => d.Units);

    public IEnumerable<AssignmentDraft> Assignments => Objectives.SelectMany(o => o.Assignments);

    public IEnumerable<IndicatorDraft> Indicators => Assignments.SelectMany(a => a.ManagementObjectives).SelectMany(m => m.Indicators);

    public IEnumerable<int> AllYears => OperationalYears.Concat(TriennialYears).Distinct().Order();
}

public sealed record DepartmentDraft(string Key, string Name)
{
    public List<UnitDraft> Units { get; } = [];
}

public sealed record UnitDraft(string Key, string Name, string DepartmentKey);

public sealed record MandateLineDraft(string Key, string Name)
{
    public List<StrategicObjectiveDraft> StrategicObjectives { get; } = [];
}

public sealed record StrategicObjectiveDraft(string Key, string Title, string MandateLineKey);

public sealed record MissionDraft(string Code, string Name);

/// <summary>An operational objective: code (null for objectives only in the triennial table), title, tags, years.</summary>
public sealed class ObjectiveDraft(string? code, string key, string title)
{
    public string? Code { get; } = code;

    public string Key { get; set; } = key;

    public string Title { get; set; } = title;

    public List<string> Tags { get; } = [];

    public SortedSet<int> Years { get; } = [];

    public List<LinkDraft> Links { get; } = [];

    public List<AssignmentDraft> Assignments { get; } = [];
}

/// <summary>A triennial-table row: the objective as a unit pursues it, with strategic objective and mission.</summary>
public sealed class LinkDraft(string unitKey, int line, int sequence)
{
    /// <summary>Order of the row in the triennial table, kept so that the plan reads in the document's order.</summary>
    public int Sequence { get; } = sequence;

    public string UnitKey { get; set; } = unitKey;

    public int Line { get; } = line;

    public string? MandateLineKey { get; set; }

    public string? StrategicObjectiveKey { get; set; }

    public string? MissionCode { get; set; }

    public SortedSet<int> Years { get; } = [];
}

public sealed class AssignmentDraft(int year, string unitKey)
{
    public int Year { get; } = year;

    public string UnitKey { get; } = unitKey;

    public List<ManagementObjectiveDraft> ManagementObjectives { get; } = [];
}

public sealed record ManagementObjectiveDraft(string Title)
{
    public List<IndicatorDraft> Indicators { get; } = [];
}

public sealed record IndicatorDraft(int Line, string Title, IndicatorKind Kind, string KindLabel, Target Target, DateOnly? DueDate, string? Office);
