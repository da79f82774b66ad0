using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Show;

/// <summary>How the plan pages show a large plan (section <c>Plan</c>).</summary>
public sealed class PlanPageOptions
{
    public const string Section = "Plan";

    /// <summary>Above this many objectives in a year, the plan pages show one department (or mandate line) at a time.</summary>
    public int WholePageLimit { get; set; } = 400;

    public bool ShowsWhole(int objectives) => objectives <= WholePageLimit;
}

/// <summary>Reads the plan for `pw plan show`, the plan pages and the search; no tracking, one query per table.</summary>
public sealed class PlanQueries(AppDbContext db, Security.PlanSummaryCache summaries)
{
    /// <summary>Years of the plan, ascending.</summary>
    public Task<List<int>> YearsAsync(CancellationToken cancellationToken) =>
        db.PlanYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(cancellationToken);

    /// <summary>The year shown when none is asked: the latest with assigned indicators, else the latest of the plan.</summary>
    public async Task<int?> DefaultYearAsync(CancellationToken cancellationToken)
    {
        var withAssignments = await db.ObjectiveAssignments.AsNoTracking().Select(a => (int?)a.Year).MaxAsync(cancellationToken);
        return withAssignments ?? await db.PlanYears.AsNoTracking().Select(y => (int?)y.Year).MaxAsync(cancellationToken);
    }

    public Task<PlanView?> GetAsync(int? year, CancellationToken cancellationToken) => GetAsync(year, null, cancellationToken);

    /// <summary>The plan of a year; with <paramref name="departmentId"/>, only that department's units and objectives.</summary>
    public async Task<PlanView?> GetAsync(int? year, int? departmentId, CancellationToken cancellationToken)
    {
        var y = year ?? await DefaultYearAsync(cancellationToken);
        if (y is null || !await db.PlanYears.AnyAsync(p => p.Year == y, cancellationToken))
        {
            return null;
        }

        var plan = await PlanData.LoadAsync(db, y.Value, cancellationToken, departmentId);
        return new PlanView(y.Value, MandateTree(plan), DepartmentTree(plan)) { UnlinkedObjectives = Unlinked(plan) };
    }

    /// <summary>
    /// The counts of the home page, by aggregate queries: the home page is what everybody opens first, and building the
    /// whole plan tree for a few numbers cost 0.2 s a visit with 10,000 indicators. The same rules as the tree:
    /// an objective counts when its unit has management objectives for it; "announced" are the triennial table's
    /// objectives of the year that no unit has yet detailed.
    /// </summary>
    public async Task<PlanSummary?> SummaryAsync(int? year, CancellationToken cancellationToken)
    {
        var y = year ?? await DefaultYearAsync(cancellationToken);
        return y is { } known ? await summaries.GetOrReadAsync(known, () => ReadSummaryAsync(known, cancellationToken)) : null;
    }

    /// <summary>The counts of a year's plan, read (tens of thousands of rows in a city: kept by <see cref="Security.PlanSummaryCache"/>).</summary>
    private async Task<PlanSummary?> ReadSummaryAsync(int y, CancellationToken cancellationToken)
    {
        if (!await db.PlanYears.AnyAsync(p => p.Year == y, cancellationToken))
        {
            return null;
        }

        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Position).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.DepartmentId }).ToDictionaryAsync(u => u.Id, u => u.DepartmentId, cancellationToken);
        var assignments = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == y)
            .Select(a => new { a.UnitId, a.OperationalObjectiveId, Detailed = a.ManagementObjectives.Any() }).ToListAsync(cancellationToken);
        var kinds = await db.Indicators.AsNoTracking().Where(i => i.ManagementObjective.ObjectiveAssignment.Year == y)
            .GroupBy(i => i.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        var links = await db.ObjectiveLinks.AsNoTracking().Select(l => new { l.OperationalObjectiveId, l.UnitId, l.Years }).ToListAsync(cancellationToken);
        var assigned = assignments.Select(a => (a.OperationalObjectiveId, a.UnitId)).ToHashSet();
        var announced = links.Count(l => l.Years.Contains(y) && !assigned.Contains((l.OperationalObjectiveId, l.UnitId)));
        var detailed = assignments.Where(a => a.Detailed).ToList();
        return new PlanSummary(
            y,
            [.. departments.Select(d => new DepartmentSummary(d.Id, d.Name, units.Values.Count(u => u == d.Id), detailed.Count(a => units[a.UnitId] == d.Id)))],
            units.Count,
            detailed.Count,
            kinds,
            announced);
    }

    /// <summary>
    /// The strategic tree of a year (mandate lines, strategic objectives, operational objectives with their units),
    /// without reading management objectives and indicators, which it does not show.
    /// </summary>
    public async Task<PlanView?> StrategicTreeAsync(int year, CancellationToken cancellationToken)
    {
        if (!await db.PlanYears.AnyAsync(p => p.Year == year, cancellationToken))
        {
            return null;
        }

        var plan = await PlanData.LoadAsync(db, year, cancellationToken, details: false);
        return new PlanView(year, MandateTree(plan), []) { UnlinkedObjectives = Unlinked(plan) };
    }

    private static List<MandateLineView> MandateTree(PlanData plan)
    {
        // An objective of the year sits under the strategic objective of each of its links for the year.
        var entries = plan.Links
            .Where(l => l.Years.Contains(plan.Year) || plan.AssignedPairs.Contains((l.OperationalObjectiveId, l.UnitId)))
            .Where(l => l.StrategicObjectiveId is not null)
            .GroupBy(l => l.StrategicObjectiveId!.Value)
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<MandateLineView>();
        foreach (var line in plan.MandateLines)
        {
            var strategic = new List<StrategicObjectiveView>();
            foreach (var so in line.StrategicObjectives.OrderBy(s => s.Position))
            {
                if (!entries.TryGetValue(so.Id, out var links))
                {
                    continue;
                }

                var objectives = links
                    .GroupBy(l => l.OperationalObjectiveId)
                    .OrderBy(g => g.Min(l => l.Position))
                    .Select(g =>
                    {
                        var objective = plan.Objectives[g.Key];
                        var mission = g.Select(l => l.BudgetMissionId).FirstOrDefault(m => m is not null);
                        var units = g.OrderBy(l => plan.Units[l.UnitId].Position).Select(l => plan.Units[l.UnitId].Name).Distinct().ToList();
                        return Summary(objective, mission is null ? null : plan.Missions[mission.Value].Label, units);
                    })
                    .ToList();
                strategic.Add(new StrategicObjectiveView(so.Title, objectives));
            }

            if (strategic.Count > 0)
            {
                result.Add(new MandateLineView(line.Name, strategic) { Id = line.Id });
            }
        }

        return result;
    }

    private static List<ObjectiveSummaryView> Unlinked(PlanData plan)
    {
        var linked = plan.Links.Where(l => l.StrategicObjectiveId is not null).Select(l => l.OperationalObjectiveId).ToHashSet();
        return plan.Assignments
            .Where(a => !linked.Contains(a.OperationalObjectiveId))
            .GroupBy(a => a.OperationalObjectiveId)
            .Select(g => Summary(plan.Objectives[g.Key], null, g.Select(a => plan.Units[a.UnitId].Name).Distinct().ToList()))
            .ToList();
    }

    private static ObjectiveSummaryView Summary(OperationalObjective o, string? mission, List<string> units) =>
        new(o.Id, o.Code, o.Title, mission, o.Years.ToList(), o.Tags.ToList(), o.Cup, units);

    private static List<DepartmentView> DepartmentTree(PlanData plan)
    {
        var byUnit = plan.Assignments.GroupBy(a => a.UnitId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Position).ToList());
        var announced = plan.Links
            .Where(l => l.Years.Contains(plan.Year) && !plan.AssignedPairs.Contains((l.OperationalObjectiveId, l.UnitId)))
            .GroupBy(l => l.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Position).ToList());
        return plan.Departments.Select(d => new DepartmentView(
            d.Id,
            d.Name,
            plan.Units.Values.Where(u => u.DepartmentId == d.Id).OrderBy(u => u.Position).Select(u =>
            {
                var objectives = new List<UnitObjectiveView>();
                foreach (var a in byUnit.GetValueOrDefault(u.Id) ?? [])
                {
                    var o = plan.Objectives[a.OperationalObjectiveId];
                    objectives.Add(new UnitObjectiveView(o.Id, o.Code, o.Title, a.ManagementObjectives.OrderBy(m => m.Position).Select(m => new ManagementObjectiveView(
                        m.Title,
                        m.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorView(i.Id, i.Title, i.Kind.ToString(), i.Target.Text, i.DueDate, i.Office?.Name)
                        {
                            KindLabel = i.KindLabel,
                            TargetProblem = i.Target.Problem,
                        }).ToList())).ToList()));
                }

                foreach (var l in announced.GetValueOrDefault(u.Id) ?? [])
                {
                    var o = plan.Objectives[l.OperationalObjectiveId];
                    objectives.Add(new UnitObjectiveView(o.Id, o.Code, o.Title, []));
                }

                return new UnitView(u.Id, u.Name, objectives);
            }).ToList())).ToList();
    }

    /// <summary>The most recent import that changed the plan, with its summary.</summary>
    public async Task<LastImport?> LastImportAsync(CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var summary = System.Text.Json.JsonSerializer.Deserialize<Import.ImportSummary>(run.SummaryJson);
        return new LastImport(run.FileName, run.ImportedAtUtc, run.UserName, summary?.Warnings ?? []);
    }

    /// <summary>Searches objectives and indicators of a year by words of their title, code or office.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(int year, string text, CancellationToken cancellationToken)
    {
        var words = TextKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var plan = await PlanData.LoadAsync(db, year, cancellationToken);
        var hits = new List<SearchHit>();
        foreach (var o in plan.Objectives.Values.Where(o => o.Years.Contains(year) || plan.AssignedObjectives.Contains(o.Id)))
        {
            if (Matches(words, o.Code, o.Title, string.Join(' ', o.Tags), o.Cup))
            {
                hits.Add(new SearchHit(SearchHitKind.Objective, o.Id, o.Id, o.Code, o.Title, null));
            }
        }

        foreach (var a in plan.Assignments)
        {
            var o = plan.Objectives[a.OperationalObjectiveId];
            foreach (var m in a.ManagementObjectives)
            {
                foreach (var i in m.Indicators.Where(i => Matches(words, i.Title, m.Title, i.Office?.Name, i.KindLabel)))
                {
                    hits.Add(new SearchHit(SearchHitKind.Indicator, i.Id, o.Id, o.Code, i.Title, $"{plan.Units[a.UnitId].Name} · {m.Title}"));
                }
            }
        }

        return hits;
    }

    private static bool Matches(string[] words, params string?[] fields)
    {
        var haystack = TextKey.Of(string.Join(' ', fields.Where(f => f is not null)));
        return Array.TrueForAll(words, w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>One objective with everything under it, in every unit that pursues it in the year.</summary>
    public async Task<ObjectiveDetail?> ObjectiveAsync(int id, int? year, CancellationToken cancellationToken)
    {
        var objective = await db.OperationalObjectives.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objective is null)
        {
            return null;
        }

        var assignmentYears = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.OperationalObjectiveId == id).Select(a => a.Year).Distinct().ToListAsync(cancellationToken);
        var y = year is not null && (assignmentYears.Contains(year.Value) || objective.Years.Contains(year.Value))
            ? year.Value
            : assignmentYears.Count > 0 ? assignmentYears.Max() : objective.Years.DefaultIfEmpty(0).Max();
        var links = await db.ObjectiveLinks.AsNoTracking()
            .Where(l => l.OperationalObjectiveId == id)
            .Include(l => l.Unit).ThenInclude(u => u.Department)
            .Include(l => l.StrategicObjective).ThenInclude(s => s!.MandateLine)
            .Include(l => l.BudgetMission)
            .OrderBy(l => l.Position)
            .ToListAsync(cancellationToken);
        var assignments = await db.ObjectiveAssignments.AsNoTracking()
            .Where(a => a.OperationalObjectiveId == id && a.Year == y)
            .Include(a => a.Unit).ThenInclude(u => u.Department)
            .Include(a => a.ManagementObjectives).ThenInclude(m => m.Indicators).ThenInclude(i => i.Office)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new ObjectiveDetail(
            objective.Id,
            objective.Code,
            objective.Title,
            objective.Tags.ToList(),
            objective.Cup,
            objective.Years.ToList(),
            y,
            links.Select(l => new ObjectivePlacement(l.Unit.Department.Name, l.Unit.Name, l.StrategicObjective?.MandateLine.Name, l.StrategicObjective?.Title, l.BudgetMission?.Label, l.Years.ToList())).ToList(),
            assignments.OrderBy(a => a.Unit.Department.Position).ThenBy(a => a.Unit.Position).Select(a => new UnitView(
                a.Unit.Id,
                a.Unit.Name,
                [new UnitObjectiveView(objective.Id, objective.Code, objective.Title, a.ManagementObjectives.OrderBy(m => m.Position).Select(m => new ManagementObjectiveView(
                    m.Title,
                    m.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorView(i.Id, i.Title, i.Kind.ToString(), i.Target.Text, i.DueDate, i.Office?.Name)
                    {
                        KindLabel = i.KindLabel,
                        TargetProblem = i.Target.Problem,
                    }).ToList())).ToList())])).ToList());
    }
}

public sealed record LastImport(string FileName, DateTime ImportedAtUtc, string? UserName, IReadOnlyList<Import.SummaryMessage> Warnings);

public enum SearchHitKind
{
    Objective,
    Indicator,
}

public sealed record SearchHit(SearchHitKind Kind, int Id, int ObjectiveId, string? Code, string Title, string? Context);

public sealed record ObjectivePlacement(string Department, string Unit, string? MandateLine, string? StrategicObjective, string? Mission, IReadOnlyList<int> Years);

public sealed record ObjectiveDetail(
    int Id,
    string? Code,
    string Title,
    IReadOnlyList<string> Tags,
    string? Cup,
    IReadOnlyList<int> Years,
    int Year,
    IReadOnlyList<ObjectivePlacement> Placements,
    IReadOnlyList<UnitView> Units);

/// <summary>Everything of one year's plan, read without tracking in a handful of queries.</summary>
internal sealed class PlanData
{
    public int Year { get; private init; }

    public List<Department> Departments { get; private init; } = [];

    public Dictionary<int, Unit> Units { get; private init; } = [];

    public List<MandateLine> MandateLines { get; private init; } = [];

    public Dictionary<int, BudgetMission> Missions { get; private init; } = [];

    public Dictionary<int, OperationalObjective> Objectives { get; private init; } = [];

    public List<ObjectiveLink> Links { get; private init; } = [];

    public List<ObjectiveAssignment> Assignments { get; private init; } = [];

    public HashSet<(int ObjectiveId, int UnitId)> AssignedPairs { get; private init; } = [];

    public HashSet<int> AssignedObjectives { get; private init; } = [];

    public static async Task<PlanData> LoadAsync(AppDbContext db, int year, CancellationToken cancellationToken, int? departmentId = null, bool details = true)
    {
        var query = db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == year && (departmentId == null || a.Unit.DepartmentId == departmentId));
        var assignments = details
            ? await query.Include(a => a.ManagementObjectives).ThenInclude(m => m.Indicators).ThenInclude(i => i.Office).AsSplitQuery().ToListAsync(cancellationToken)
            : await query.ToListAsync(cancellationToken);
        return new PlanData
        {
            Year = year,
            Departments = await db.Departments.AsNoTracking().Where(d => departmentId == null || d.Id == departmentId).OrderBy(d => d.Position).ToListAsync(cancellationToken),
            Units = await db.Units.AsNoTracking().Where(u => departmentId == null || u.DepartmentId == departmentId).ToDictionaryAsync(u => u.Id, cancellationToken),
            MandateLines = await db.MandateLines.AsNoTracking().Include(m => m.StrategicObjectives).OrderBy(m => m.Position).ToListAsync(cancellationToken),
            Missions = await db.BudgetMissions.AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken),
            Objectives = await db.OperationalObjectives.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken),
            Links = await db.ObjectiveLinks.AsNoTracking().Where(l => departmentId == null || l.Unit.DepartmentId == departmentId).OrderBy(l => l.Position).ToListAsync(cancellationToken),
            Assignments = assignments,
            AssignedPairs = assignments.Select(a => (a.OperationalObjectiveId, a.UnitId)).ToHashSet(),
            AssignedObjectives = assignments.Select(a => a.OperationalObjectiveId).ToHashSet(),
        };
    }
}
