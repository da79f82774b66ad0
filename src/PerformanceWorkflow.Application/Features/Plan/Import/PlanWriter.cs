using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>What an import changed, for the confirmation message.</summary>
public sealed record PlanChanges(int Created, int Updated, int Deleted)
{
    public bool None => Created == 0 && Updated == 0 && Deleted == 0;
}

/// <summary>
/// Writes a draft into the database keeping identities stable: every row is matched by its natural key (names,
/// codes, titles tolerant of a typing slip), updated in place, created when new, and removed only where the file
/// speaks for it (an operational table replaces its year's assignments; a triennial table its years of the links).
/// </summary>
internal static class PlanWriter
{
    public static async Task<PlanChanges> WriteAsync(AppDbContext db, PlanDraft draft, ImportLog log, CancellationToken cancellationToken)
    {
        var years = await db.PlanYears.ToDictionaryAsync(y => y.Year, cancellationToken);
        foreach (var locked in draft.OperationalYears.Where(y => years.TryGetValue(y, out var plan) && plan.Status == PlanStatus.Locked))
        {
            log.Error(null, $"Il piano {locked} è bloccato dopo l'approvazione della Giunta: i target si cambiano solo con una revisione, non con un nuovo import.");
        }

        if (log.HasErrors)
        {
            return new PlanChanges(0, 0, 0);
        }

        foreach (var year in draft.AllYears.Where(y => !years.ContainsKey(y)))
        {
            var plan = new PlanYear(year);
            years.Add(year, plan);
            db.PlanYears.Add(plan);

            // Every year starts with the default cycle calendar; administrators may change it.
            db.MonitoringRounds.AddRange(MonitoringRound.DefaultCalendar(year));
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Key, StringComparer.Ordinal, cancellationToken);
        var offices = await db.Offices.ToDictionaryAsync(o => o.Key, StringComparer.Ordinal, cancellationToken);
        var mandateLines = await db.MandateLines.Include(m => m.StrategicObjectives).ToDictionaryAsync(m => m.Key, StringComparer.Ordinal, cancellationToken);
        var missions = await db.BudgetMissions.ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var objectives = await db.OperationalObjectives.ToListAsync(cancellationToken);
        var links = await db.ObjectiveLinks.ToListAsync(cancellationToken);
        var operationalYears = draft.OperationalYears.ToList();
        var assignments = await db.ObjectiveAssignments
            .Where(a => operationalYears.Contains(a.Year))
            .Include(a => a.ManagementObjectives).ThenInclude(m => m.Indicators)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var otherYearAssignments = await db.ObjectiveAssignments
            .Where(a => !operationalYears.Contains(a.Year))
            .Select(a => new { a.OperationalObjectiveId, a.Year })
            .ToListAsync(cancellationToken);

        var counter = new Counter();

        // Indicators with values are data a dirigente entered: an import never removes them silently.
        var measured = (await db.Measurements.AsNoTracking().Select(m => m.IndicatorId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var guard = new RemovalGuard(measured, log);

        // Organization chart.
        var position = 0;
        foreach (var d in draft.Departments)
        {
            if (departments.TryGetValue(d.Key, out var department))
            {
                counter.Touch(department.Name != d.Name || department.Position != position);
                department.Update(d.Name, position);
            }
            else
            {
                department = new Department(d.Name, position);
                departments.Add(d.Key, department);
                db.Departments.Add(department);
                counter.Created++;
            }

            position++;
        }

        position = 0;
        foreach (var u in draft.Units)
        {
            var department = departments[u.DepartmentKey];
            if (units.TryGetValue(u.Key, out var unit))
            {
                counter.Touch(unit.Name != u.Name || unit.Position != position || unit.Department != department);
                unit.Update(department, u.Name, position);
            }
            else
            {
                unit = new Unit(department, u.Name, position);
                units.Add(u.Key, unit);
                db.Units.Add(unit);
                counter.Created++;
            }

            position++;
        }

        // Strategic tree.
        var strategic = new Dictionary<(string, string), StrategicObjective>();
        foreach (var line in mandateLines.Values)
        {
            foreach (var s in line.StrategicObjectives)
            {
                strategic.TryAdd((line.Key, s.Key), s);
            }
        }

        position = 0;
        foreach (var m in draft.MandateLines)
        {
            if (mandateLines.TryGetValue(m.Key, out var line))
            {
                counter.Touch(line.Name != m.Name || line.Position != position);
                line.Update(m.Name, position);
            }
            else
            {
                line = new MandateLine(m.Name, position);
                mandateLines.Add(m.Key, line);
                db.MandateLines.Add(line);
                counter.Created++;
            }

            position++;
            var sposition = 0;
            foreach (var s in m.StrategicObjectives)
            {
                if (strategic.TryGetValue((m.Key, s.Key), out var so))
                {
                    counter.Touch(so.Title != s.Title || so.Position != sposition);
                    so.Update(s.Title, sposition);
                }
                else
                {
                    so = new StrategicObjective(line, s.Title, sposition);
                    strategic.Add((m.Key, s.Key), so);
                    db.StrategicObjectives.Add(so);
                    counter.Created++;
                }

                sposition++;
            }
        }

        foreach (var m in draft.Missions)
        {
            if (missions.TryGetValue(m.Code, out var mission))
            {
                if (m.Name.Length > 0 && mission.Name != m.Name)
                {
                    mission.Rename(m.Name);
                    counter.Updated++;
                }
            }
            else
            {
                mission = new BudgetMission(m.Code, m.Name);
                missions.Add(m.Code, mission);
                db.BudgetMissions.Add(mission);
                counter.Created++;
            }
        }

        // Operational objectives, matched by code, else by title (tolerating a slip). The first in the list wins, as a
        // scan would find it; these indexes (and those below, by the rows themselves: entities compare by reference)
        // keep a city's 10,000 objectives and 11,500 assignments from being scanned once per row.
        var matched = new Dictionary<ObjectiveDraft, OperationalObjective>();
        var byCode = new Dictionary<string, OperationalObjective>(StringComparer.OrdinalIgnoreCase);
        var byKey = new Dictionary<string, List<OperationalObjective>>(StringComparer.Ordinal);
        void Index(OperationalObjective objective)
        {
            if (objective.Code is not null)
            {
                byCode.TryAdd(objective.Code, objective);
            }

            if (!byKey.TryGetValue(objective.Key, out var same))
            {
                byKey.Add(objective.Key, same = []);
            }

            same.Add(objective);
        }

        objectives.ForEach(Index);
        foreach (var o in draft.Objectives)
        {
            var objective = o.Code is not null ? byCode.GetValueOrDefault(o.Code) : null;
            objective ??= byKey.GetValueOrDefault(o.Key)?.Find(x => o.Code is null || x.Code is null)
                ?? (o.Code is null ? objectives.Find(x => TextKey.Distance(x.Key, o.Key, TextKey.ToleratedSlips(o.Key)) <= TextKey.ToleratedSlips(o.Key)) : null);
            if (objective is null)
            {
                objective = new OperationalObjective(o.Code, o.Title);
                objectives.Add(objective);
                Index(objective);
                db.OperationalObjectives.Add(objective);
                counter.Created++;
            }

            matched.Add(o, objective);
        }

        // Triennial links: the years the table speaks for are replaced; other years are kept.
        if (draft.HasTriennialTable)
        {
            var spoken = draft.TriennialYears.ToHashSet();
            var seen = new HashSet<ObjectiveLink>();
            var linkOf = new Dictionary<(OperationalObjective, Unit), ObjectiveLink>();
            links.ForEach(x => linkOf.TryAdd((x.OperationalObjective, x.Unit), x));
            foreach (var (o, objective, l) in matched.SelectMany(m => m.Key.Links.Select(l => (m.Key, m.Value, l))).OrderBy(x => x.l.Sequence))
            {
                var unit = units[l.UnitKey];
                var link = linkOf.GetValueOrDefault((objective, unit));
                var isNew = link is null;
                if (link is null)
                {
                    link = new ObjectiveLink(objective, unit);
                    links.Add(link);
                    linkOf.Add((objective, unit), link);
                    db.ObjectiveLinks.Add(link);
                    counter.Created++;
                }

                var so = l.MandateLineKey is not null && l.StrategicObjectiveKey is not null ? strategic[(l.MandateLineKey, l.StrategicObjectiveKey)] : link.StrategicObjective;
                var mission = l.MissionCode is not null ? missions[l.MissionCode] : link.BudgetMission;
                var linkYears = link.Years.Where(y => !spoken.Contains(y)).Concat(l.Years).Distinct().Order().ToList();
                counter.Touch(!isNew && (link.StrategicObjective != so || link.BudgetMission != mission || !link.Years.SequenceEqual(linkYears) || link.Position != l.Sequence));
                link.Update(so, mission, linkYears, l.Sequence);
                seen.Add(link);
            }

            foreach (var link in links.Where(l => !seen.Contains(l)).ToList())
            {
                var remaining = link.Years.Where(y => !spoken.Contains(y)).ToList();
                if (remaining.Count == 0)
                {
                    db.ObjectiveLinks.Remove(link);
                    links.Remove(link);
                    counter.Deleted++;
                }
                else if (remaining.Count != link.Years.Count)
                {
                    link.Update(link.StrategicObjective, link.BudgetMission, remaining, link.Position);
                    counter.Updated++;
                }
            }
        }

        // Assignments of the operational years: replaced by what the file says.
        var keptAssignments = new HashSet<ObjectiveAssignment>();
        var assignmentOf = new Dictionary<(int, OperationalObjective, Unit), ObjectiveAssignment>();
        assignments.ForEach(x => assignmentOf.TryAdd((x.Year, x.OperationalObjective, x.Unit), x));
        position = 0;
        foreach (var (o, objective) in matched)
        {
            foreach (var a in o.Assignments)
            {
                var unit = units[a.UnitKey];
                var assignment = assignmentOf.GetValueOrDefault((a.Year, objective, unit));
                if (assignment is null)
                {
                    assignment = new ObjectiveAssignment(a.Year, objective, unit, position);
                    assignments.Add(assignment);
                    assignmentOf.Add((a.Year, objective, unit), assignment);
                    db.ObjectiveAssignments.Add(assignment);
                    counter.Created++;
                }
                else
                {
                    counter.Touch(assignment.Position != position);
                    assignment.MoveTo(position);
                }

                position++;
                keptAssignments.Add(assignment);
                WriteManagementObjectives(db, assignment, a, offices, counter, guard);
            }
        }

        foreach (var assignment in assignments.Where(a => !keptAssignments.Contains(a)).ToList())
        {
            guard.Check(assignment.ManagementObjectives.SelectMany(m => m.Indicators), $"l'obiettivo {assignment.OperationalObjective.Code ?? assignment.OperationalObjective.Title} di «{assignment.Unit.Name}» ({assignment.Year})");
            db.ObjectiveAssignments.Remove(assignment);
            counter.Deleted++;
        }

        // Objectives: code, title, tags and years from both tables; those left without any use go.
        var bothTables = draft.HasTriennialTable && draft.OperationalYears.Count > 0;
        var draftOf = new Dictionary<OperationalObjective, ObjectiveDraft>();
        foreach (var (o, objective) in matched)
        {
            draftOf.TryAdd(objective, o);
        }

        var linksOf = links.ToLookup(l => l.OperationalObjective);
        var keptOf = keptAssignments.ToLookup(a => a.OperationalObjective, a => a.Year);
        var otherYearsOf = otherYearAssignments.ToLookup(a => a.OperationalObjectiveId, a => a.Year);
        foreach (var objective in objectives.ToList())
        {
            var o = draftOf.GetValueOrDefault(objective);
            var objectiveYears = linksOf[objective].SelectMany(l => l.Years)
                .Concat(keptOf[objective])
                .Concat(objective.Id != 0 ? otherYearsOf[objective.Id] : [])
                .Distinct().Order().ToList();
            if (objectiveYears.Count == 0 && !linksOf.Contains(objective))
            {
                db.OperationalObjectives.Remove(objective);
                counter.Deleted++;
                continue;
            }

            var title = o is null || (o.Code is null && objective.Code is not null) ? objective.Title : o.Title;
            var tags = o is null ? objective.Tags : bothTables ? o.Tags : objective.Tags.Concat(o.Tags).DistinctBy(TextKey.Of).ToList();
            var changed = objective.Title != title || !objective.Tags.SequenceEqual(tags) || !objective.Years.SequenceEqual(objectiveYears) || (o?.Code is not null && objective.Code != o.Code);
            if (changed && objective.Id != 0)
            {
                counter.Updated++;
            }

            objective.Update(o?.Code, title, tags.ToList(), objectiveYears);
        }

        if (log.HasErrors)
        {
            return new PlanChanges(0, 0, 0);
        }

        await db.SaveChangesAsync(cancellationToken);
        var changes = new PlanChanges(counter.Created, counter.Updated, counter.Deleted);
        if (!changes.None)
        {
            // Targets, indicators or links changed: the scores of these years must be computed again.
            foreach (var year in draft.AllYears)
            {
                await Scoring.ScoringVersions.BumpAsync(db, year, cancellationToken);
            }
        }

        return changes;
    }

    /// <summary>Refuses, with a clear message, to remove what has values.</summary>
    private sealed class RemovalGuard(HashSet<int> measured, ImportLog log)
    {
        public void Check(IEnumerable<Indicator> indicators, string what)
        {
            var withValues = indicators.Where(i => measured.Contains(i.Id)).ToList();
            if (withValues.Count > 0)
            {
                log.Error(null, $"Il file toglie {what}, ma {(withValues.Count == 1 ? "l'indicatore" : "gli indicatori")} {string.Join(", ", withValues.Select(i => $"«{OperationalTableReader.Short(i.Title)}»"))} "
                    + "ha valori registrati: correggere il file o cancellare prima i valori.");
            }
        }
    }

    private static void WriteManagementObjectives(AppDbContext db, ObjectiveAssignment assignment, AssignmentDraft draft, Dictionary<string, Office> offices, Counter counter, RemovalGuard guard)
    {
        var existing = assignment.ManagementObjectives.OrderBy(m => m.Position).ToList();
        var used = new HashSet<ManagementObjective>();
        var position = 0;
        foreach (var m in draft.ManagementObjectives)
        {
            var management = MatchByTitle(existing, used, m.Title, x => x.Title);
            if (management is null)
            {
                management = new ManagementObjective(m.Title, position);
                assignment.ManagementObjectives.Add(management);
                counter.Created++;
            }
            else
            {
                counter.Touch(management.Title != m.Title || management.Position != position);
                management.Update(m.Title, position);
            }

            used.Add(management);
            position++;
            WriteIndicators(management, m, offices, db, counter, guard);
        }

        foreach (var gone in existing.Where(m => !used.Contains(m)))
        {
            guard.Check(gone.Indicators, $"l'obiettivo gestionale «{OperationalTableReader.Short(gone.Title)}»");
            assignment.ManagementObjectives.Remove(gone);
            db.ManagementObjectives.Remove(gone);
            counter.Deleted++;
        }
    }

    private static void WriteIndicators(ManagementObjective management, ManagementObjectiveDraft draft, Dictionary<string, Office> offices, AppDbContext db, Counter counter, RemovalGuard guard)
    {
        var existing = management.Indicators.OrderBy(i => i.Position).ToList();
        var used = new HashSet<Indicator>();
        var position = 0;
        foreach (var i in draft.Indicators)
        {
            Office? office = null;
            if (i.Office is not null)
            {
                var key = TextKey.Of(i.Office);
                if (!offices.TryGetValue(key, out office))
                {
                    office = new Office(i.Office);
                    offices.Add(key, office);
                    db.Offices.Add(office);
                }
            }

            var indicator = MatchByTitle(existing, used, i.Title, x => x.Title);
            if (indicator is null)
            {
                indicator = new Indicator(i.Title, i.Kind, i.KindLabel, i.Target, i.DueDate, office, position);
                management.Indicators.Add(indicator);
                counter.Created++;
            }
            else
            {
                counter.Touch(indicator.Title != i.Title || indicator.Kind != i.Kind || indicator.KindLabel != i.KindLabel || indicator.Target != i.Target
                    || indicator.DueDate != i.DueDate || indicator.Office != office || indicator.Position != position);
                indicator.Update(i.Title, i.Kind, i.KindLabel, i.Target, i.DueDate, office, position);
            }

            used.Add(indicator);
            position++;
        }

        foreach (var gone in existing.Where(x => !used.Contains(x)))
        {
            guard.Check([gone], $"un indicatore di «{OperationalTableReader.Short(management.Title)}»");
            management.Indicators.Remove(gone);
            db.Indicators.Remove(gone);
            counter.Deleted++;
        }
    }

    /// <summary>The first unused row with the same title key, else with a title one typing slip away.</summary>
    private static T? MatchByTitle<T>(List<T> existing, HashSet<T> used, string title, Func<T, string> titleOf)
        where T : class
    {
        var key = TextKey.Of(title);
        var exact = existing.Find(x => !used.Contains(x) && TextKey.Of(titleOf(x)) == key);
        if (exact is not null)
        {
            return exact;
        }

        var limit = TextKey.ToleratedSlips(key);
        return limit == 0 ? null : existing.Find(x => !used.Contains(x) && TextKey.Distance(TextKey.Of(titleOf(x)), key, limit) <= limit);
    }

    private sealed class Counter
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Deleted { get; set; }

        public void Touch(bool changed)
        {
            if (changed)
            {
                Updated++;
            }
        }
    }
}
