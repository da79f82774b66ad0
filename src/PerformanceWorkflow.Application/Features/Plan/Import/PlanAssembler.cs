using System.Globalization;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>
/// Links the two tables into one plan. The operational table is authoritative for which unit pursues an objective in
/// its year (it carries the codes and the indicators); the triennial table gives each objective its mandate line,
/// strategic objective, budget mission and active years, and announces the objectives of the following years.
/// Objectives are matched by title, tolerating a typing slip; a triennial row under a unit that the operational table
/// contradicts is moved, and said so.
/// </summary>
internal static class PlanAssembler
{
    public static PlanDraft Assemble(IReadOnlyList<OperationalTable> operational, IReadOnlyList<TriennialTable> triennial, int? yearOverride, bool nameSources, ImportLog log)
    {
        var draft = new PlanDraft();
        var departments = new Dictionary<string, DepartmentDraft>(StringComparer.Ordinal);
        var units = new Dictionary<string, UnitDraft>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, ObjectiveDraft>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, List<ObjectiveDraft>>(StringComparer.Ordinal);

        UnitDraft UnitOf(string department, string unit, int line)
        {
            var departmentKey = TextKey.Of(department);
            if (!departments.TryGetValue(departmentKey, out var d))
            {
                d = new DepartmentDraft(departmentKey, TextKey.Clean(department));
                departments.Add(departmentKey, d);
                draft.Departments.Add(d);
                if (!OrganizationNames.LooksLikeDepartment(department))
                {
                    log.Warning(line, $"Settore dal nome insolito «{OperationalTableReader.Short(department)}»: verificare che non sia un testo fuori colonna.");
                }
            }

            var unitKey = TextKey.Of(unit);
            if (units.TryGetValue(unitKey, out var u))
            {
                if (!string.Equals(u.DepartmentKey, departmentKey, StringComparison.Ordinal))
                {
                    log.Warning(line, $"L'U.O.C. «{u.Name}» compare sotto due settori («{departments[u.DepartmentKey].Name}» e «{d.Name}»): mantenuto il primo.");
                }

                return u;
            }

            u = new UnitDraft(unitKey, TextKey.Clean(unit), departmentKey);
            units.Add(unitKey, u);
            d.Units.Add(u);
            return u;
        }

        void IndexTitle(ObjectiveDraft objective)
        {
            if (!byTitle.TryGetValue(objective.Key, out var list))
            {
                byTitle[objective.Key] = list = [];
            }

            list.Add(objective);
        }

        // 1. The operational tables: objectives with codes, assignments, management objectives, indicators.
        foreach (var table in operational)
        {
            log.Source = nameSources ? table.Source : null;
            var year = yearOverride ?? table.Year;
            if (year is null)
            {
                log.Error(null, "Impossibile stabilire l'anno della tabella operativa: nessuna data previsione valida. Indicare l'anno.");
                continue;
            }

            if (!draft.OperationalYears.Contains(year.Value))
            {
                draft.OperationalYears.Add(year.Value);
            }

            foreach (var other in table.Records.Where(r => r.DueDate is { } d && d.Year != year))
            {
                log.Warning(other.Line, $"Data previsione {ItalianFormat.Date(other.DueDate)} fuori dall'anno {year.Value.ToString(CultureInfo.InvariantCulture)} della tabella operativa.");
            }

            AssignmentDraft? assignment = null;
            ObjectiveDraft? objective = null;
            var lastSequence = -1;
            foreach (var record in table.Records)
            {
                var unit = UnitOf(record.Department, record.Unit, record.Line);
                var current = ObjectiveFor(record, byCode, byTitle, draft, IndexTitle, log);
                if (!ReferenceEquals(current, objective) || assignment is null || !string.Equals(assignment.UnitKey, unit.Key, StringComparison.Ordinal))
                {
                    objective = current;
                    assignment = objective.Assignments.Find(a => a.Year == year && string.Equals(a.UnitKey, unit.Key, StringComparison.Ordinal));
                    if (assignment is null)
                    {
                        assignment = new AssignmentDraft(year.Value, unit.Key);
                        objective.Assignments.Add(assignment);
                    }

                    lastSequence = -1;
                }

                foreach (var tag in record.Tags)
                {
                    AddTag(objective.Tags, tag);
                }

                if (record.ManagementObjectiveSequence != lastSequence)
                {
                    assignment.ManagementObjectives.Add(new ManagementObjectiveDraft(TextKey.Clean(record.ManagementObjective)));
                    lastSequence = record.ManagementObjectiveSequence;
                }

                assignment.ManagementObjectives[^1].Indicators.Add(new IndicatorDraft(
                    record.Line, TextKey.Clean(record.Indicator), record.Kind, record.KindLabel, record.Target, record.DueDate, record.Office));
                objective.Years.Add(year.Value);
            }
        }

        // 2. The triennial tables: links to strategic objectives and missions, years, objectives of later years.
        var mandateLines = new Dictionary<string, MandateLineDraft>(StringComparer.Ordinal);
        var strategic = new HashSet<(string, string)>();
        var missions = new Dictionary<string, MissionDraft>(StringComparer.Ordinal);
        var linkSequence = 0;
        foreach (var table in triennial)
        {
            log.Source = nameSources ? table.Source : null;
            draft.HasTriennialTable = true;
            foreach (var year in table.Years.Where(y => !draft.TriennialYears.Contains(y)))
            {
                draft.TriennialYears.Add(year);
            }

            foreach (var record in table.Records)
            {
                var unit = UnitOf(record.Department, record.Unit, record.Line);
                var objective = Match(record, byTitle, log);
                if (objective is null)
                {
                    objective = new ObjectiveDraft(null, TextKey.Of(record.Objective), TextKey.Clean(record.Objective));
                    draft.Objectives.Add(objective);
                    IndexTitle(objective);
                }

                var unitKey = unit.Key;
                var operationalUnits = objective.Assignments.Select(a => a.UnitKey).Distinct(StringComparer.Ordinal).ToList();
                if (objective.Code is not null && !objective.Code.StartsWith(OperationalObjective.CrossCuttingPrefix, StringComparison.OrdinalIgnoreCase)
                    && operationalUnits.Count == 1 && !string.Equals(operationalUnits[0], unitKey, StringComparison.Ordinal))
                {
                    log.Ambiguous(record.Line, $"L'obiettivo «{OperationalTableReader.Short(objective.Title)}» ({objective.Code}) è sotto «{unit.Name}» nella tabella triennale "
                        + $"ma è assegnato a «{units[operationalUnits[0]].Name}» nella tabella operativa: collegato a quest'ultima.");
                    unitKey = operationalUnits[0];
                }

                var link = objective.Links.Find(l => string.Equals(l.UnitKey, unitKey, StringComparison.Ordinal));
                if (link is null)
                {
                    link = new LinkDraft(unitKey, record.Line, linkSequence++);
                    objective.Links.Add(link);
                }
                else if (link.StrategicObjectiveKey is not null && record.StrategicObjective is not null
                    && !string.Equals(link.StrategicObjectiveKey, TextKey.Of(record.StrategicObjective), StringComparison.Ordinal))
                {
                    log.Warning(record.Line, $"«{OperationalTableReader.Short(objective.Title)}» compare due volte per «{units[unitKey].Name}» con obiettivi strategici diversi: mantenuto quello della riga {link.Line.ToString(CultureInfo.InvariantCulture)}.");
                }

                if (link.StrategicObjectiveKey is null && record.MandateLine is not null && record.StrategicObjective is not null)
                {
                    var lineKey = TextKey.Of(record.MandateLine);
                    if (!mandateLines.TryGetValue(lineKey, out var mandate))
                    {
                        mandate = new MandateLineDraft(lineKey, TextKey.Clean(record.MandateLine));
                        mandateLines.Add(lineKey, mandate);
                        draft.MandateLines.Add(mandate);
                    }

                    var strategicKey = TextKey.Of(record.StrategicObjective);
                    if (strategic.Add((lineKey, strategicKey)))
                    {
                        mandate.StrategicObjectives.Add(new StrategicObjectiveDraft(strategicKey, TextKey.Clean(record.StrategicObjective), lineKey));
                    }

                    link.MandateLineKey = lineKey;
                    link.StrategicObjectiveKey = strategicKey;
                }

                if (link.MissionCode is null && record.MissionCode is not null)
                {
                    if (!missions.ContainsKey(record.MissionCode))
                    {
                        var mission = new MissionDraft(record.MissionCode, TextKey.Clean(record.MissionName));
                        missions.Add(record.MissionCode, mission);
                        draft.Missions.Add(mission);
                    }

                    link.MissionCode = record.MissionCode;
                }

                foreach (var year in record.Years)
                {
                    link.Years.Add(year);
                    objective.Years.Add(year);
                }

                foreach (var tag in record.Tags)
                {
                    AddTag(objective.Tags, tag);
                }

                // The two tables must agree on the operational year.
                foreach (var year in draft.OperationalYears.Where(y => record.YearsKnown && table.Years.Contains(y) && !record.Years.Contains(y)))
                {
                    if (objective.Assignments.Exists(a => a.Year == year && string.Equals(a.UnitKey, unitKey, StringComparison.Ordinal)))
                    {
                        log.Warning(record.Line, $"«{OperationalTableReader.Short(objective.Title)}» non è segnato attivo nel {year.ToString(CultureInfo.InvariantCulture)} nella tabella triennale, ma ha indicatori nella tabella operativa di quell'anno.");
                    }
                }
            }
        }

        log.Source = null;
        if (draft.HasTriennialTable)
        {
            foreach (var objective in draft.Objectives.Where(o => o.Links.Count == 0))
            {
                log.Warning(null, $"L'obiettivo {objective.Code ?? string.Empty} «{OperationalTableReader.Short(objective.Title)}» non compare nella tabella triennale: resta senza linea di mandato e obiettivo strategico.");
            }
        }
        else if (draft.Objectives.Count > 0)
        {
            log.Warning(null, "Il file non contiene la tabella triennale: gli obiettivi restano senza linea di mandato, obiettivo strategico e missione (quelli già presenti vengono mantenuti).");
        }

        return draft;
    }

    private static ObjectiveDraft ObjectiveFor(
        OperationalRecord record,
        Dictionary<string, ObjectiveDraft> byCode,
        Dictionary<string, List<ObjectiveDraft>> byTitle,
        PlanDraft draft,
        Action<ObjectiveDraft> indexTitle,
        ImportLog log)
    {
        var titleKey = TextKey.Of(record.Objective);
        if (record.Code is not null)
        {
            var codeKey = TextKey.Of(record.Code);
            if (byCode.TryGetValue(codeKey, out var existing))
            {
                if (!string.Equals(existing.Key, titleKey, StringComparison.Ordinal)
                    && TextKey.Distance(existing.Key, titleKey, TextKey.ToleratedSlips(titleKey)) > TextKey.ToleratedSlips(titleKey))
                {
                    log.Warning(record.Line, $"Il codice {record.Code} ha titoli diversi: «{OperationalTableReader.Short(existing.Title)}» e «{OperationalTableReader.Short(record.Objective)}». Mantenuto il primo.");
                }

                return existing;
            }

            var created = new ObjectiveDraft(TextKey.Clean(record.Code), titleKey, TextKey.Clean(record.Objective));
            byCode.Add(codeKey, created);
            draft.Objectives.Add(created);
            indexTitle(created);
            return created;
        }

        if (byTitle.TryGetValue(titleKey, out var same))
        {
            return same[0];
        }

        var untitled = new ObjectiveDraft(null, titleKey, TextKey.Clean(record.Objective));
        draft.Objectives.Add(untitled);
        indexTitle(untitled);
        return untitled;
    }

    /// <summary>Finds the operational objective a triennial row speaks of, by title, tolerating a typing slip.</summary>
    private static ObjectiveDraft? Match(TriennialRecord record, Dictionary<string, List<ObjectiveDraft>> byTitle, ImportLog log)
    {
        var key = TextKey.Of(record.Objective);
        if (byTitle.TryGetValue(key, out var exact))
        {
            return exact[0];
        }

        var limit = TextKey.ToleratedSlips(key);
        if (limit == 0)
        {
            return null;
        }

        var candidates = byTitle.Values.SelectMany(l => l)
            .Where(o => o.Code is not null)
            .Select(o => (Objective: o, Distance: TextKey.Distance(o.Key, key, limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count > 1 && candidates[0].Distance == candidates[1].Distance)
        {
            log.Ambiguous(record.Line, $"«{OperationalTableReader.Short(record.Objective)}» somiglia a più obiettivi ({string.Join(", ", candidates.Select(c => c.Objective.Code))}): tenuto come obiettivo a sé. Verificare.");
            return null;
        }

        var match = candidates[0].Objective;
        log.Repair(record.Line, $"Titolo «{OperationalTableReader.Short(record.Objective)}» collegato all'obiettivo {match.Code} «{OperationalTableReader.Short(match.Title)}» "
            + $"({candidates[0].Distance.ToString(CultureInfo.InvariantCulture)} caratteri di differenza).");
        return match;
    }

    private static void AddTag(List<string> tags, string tag)
    {
        if (!tags.Exists(t => string.Equals(TextKey.Of(t), TextKey.Of(tag), StringComparison.Ordinal)))
        {
            tags.Add(tag);
        }
    }
}
