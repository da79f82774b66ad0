using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>A row per objective and indicator (LG 3/2018): the cause is required where the indicator is below target.</summary>
public sealed record RelazioneRow(string? Code, string Objective, string Department, string Unit, string? Director, double Weight, string Indicator, string Formula, string Target, bool Revised, double? Value, double? Percent, string? Cause, string? CorrectiveActions);

/// <summary>A department's (or the organization's) percentage per year, for the trend.</summary>
public sealed record TrendPoint(int Year, string Name, double? Percent);

/// <summary>People by role group and CCNL area (staff data: counts only).</summary>
public sealed record StaffCount(string Group, string Area, int People);

/// <summary>Final scores of a role group by band, aggregate; null where fewer than 3 people.</summary>
public sealed record ScoreDistribution(string Group, int People, IReadOnlyList<(string Band, int? People)> Bands, double? Average);

/// <summary>A round of the year as it went: its dates and when it opened and closed.</summary>
public sealed record ProcessStep(string What, DateOnly? Planned, DateOnly? Due, DateTime? Opened, DateTime? Closed);

/// <summary>Everything the Relazione is written from, read once.</summary>
public sealed record RelazioneData(
    int Year,
    string Organization,
    string? RoundLabel,
    double? OrganizationPercent,
    IReadOnlyList<(string Name, string? Director, double? Percent, int Indicators)> Departments,
    IReadOnlyList<(string Department, string Name, double? Percent)> Units,
    IReadOnlyList<(string Name, double? Percent)> MandateLines,
    IReadOnlyList<(string Line, string Title, double? Percent)> StrategicObjectives,
    IReadOnlyList<RelazioneRow> Rows,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<StaffCount> Staff,
    IReadOnlyList<ScoreDistribution> Individual,
    IReadOnlyList<ProcessStep> Process,
    string? PlanDeliberation,
    int TargetRevisions,
    string ValidationState);

/// <summary>Reads the data of a Relazione: the consuntivo's scores, causes, trend, staff, aggregate individual scores, the process.</summary>
public sealed class RelazioneDataLoader(AppDbContext db, ScoreService scores, AppraisalQueries appraisals, IOptions<OrganizationOptions> organization)
{
    public async Task<RelazioneData> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var rounds = await scores.RoundsAsync(year, cancellationToken);
        var final = rounds.LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues) ?? rounds.LastOrDefault(r => r.HasValues);
        var report = final is null ? null : await scores.GetAsync(year, final.Id, cancellationToken);
        var directors = await db.Departments.AsNoTracking()
            .Select(d => new { d.Name, Director = db.Users.Where(u => u.Id == d.DirectorId).Select(u => u.FullName ?? u.UserName).FirstOrDefault() })
            .ToDictionaryAsync(d => d.Name, d => d.Director, cancellationToken);
        var causes = await db.DeviationCauses.AsNoTracking().Where(c => c.Year == year).ToDictionaryAsync(c => c.IndicatorId, cancellationToken);
        var weights = await db.ScoringWeights.AsNoTracking().Where(w => w.Year == year && w.Element == WeightedElement.Objective).ToDictionaryAsync(w => w.ElementId, w => (double)w.Weight, cancellationToken);
        var revised = (await db.TargetRevisions.AsNoTracking().Where(r => r.Year == year && r.Status == RevisionStatus.Approved).Select(r => r.IndicatorId).ToListAsync(cancellationToken)).ToHashSet();
        var names = report is null ? null : new ScoreReportNames(report);
        var indicators = report is null ? new Dictionary<int, (string Title, string KindLabel)>() : await scores.IndicatorNamesAsync(year, cancellationToken);
        var rows = report?.Indicators.Select(i =>
        {
            causes.TryGetValue(i.Id, out var cause);
            var (title, kindLabel) = indicators.GetValueOrDefault(i.Id);
            var department = names!.Department(i);
            return new RelazioneRow(names.Code(i), names.Title(i.ObjectiveId), department, names.Unit(i), directors.GetValueOrDefault(department), weights.GetValueOrDefault(i.ObjectiveId, 1),
                title ?? string.Empty, $"{kindLabel}: {ScoreRules.Describe(i.Rule)}", i.Target, revised.Contains(i.Id), i.Value, i.Percent, cause?.Cause, cause?.CorrectiveActions);
        }).ToList() ?? [];

        // The trend: the final (or latest) scores of every year in the database.
        var trend = new List<TrendPoint>();
        foreach (var y in await db.PlanYears.AsNoTracking().Where(p => p.Year <= year).Select(p => p.Year).OrderBy(p => p).ToListAsync(cancellationToken))
        {
            var yearRounds = await scores.RoundsAsync(y, cancellationToken);
            var round = yearRounds.LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues) ?? yearRounds.LastOrDefault(r => r.HasValues);
            if (round is null)
            {
                continue;
            }

            var head = await scores.HeadAsync(y, round.Id, cancellationToken);
            trend.Add(new TrendPoint(y, "Ente", head.Organization.Percent));
            trend.AddRange(head.Departments.Select(d => new TrendPoint(y, d.Name, d.Score.Percent)));
        }

        var staff = (await db.Staff.AsNoTracking().GroupBy(s => new { s.Group, s.Area }).Select(g => new { g.Key.Group, g.Key.Area, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Group).ThenBy(s => s.Area, StringComparer.Ordinal).Select(s => new StaffCount(RoleGroups.Label(s.Group), s.Area, s.Count)).ToList();

        var finals = (await appraisals.ScoresAsync(year, cancellationToken)).Where(s => s.Final is not null).ToList();
        var individual = RoleGroups.All.Select(g =>
        {
            var group = finals.Where(f => f.Group == g).Select(f => f.Final!.Value).ToList();
            var bands = Enumerable.Range(0, 3).Select(b =>
            {
                var count = group.Count(s => AppraisalRules.Band(s, 90, 60) == b);
                return (AppraisalRules.BandLabel(b, 90, 60), count is > 0 and < 3 ? (int?)null : count);
            }).ToList();
            return new ScoreDistribution(RoleGroups.Label(g), group.Count, bands, group.Count >= 3 ? group.Average() : null);
        }).ToList();

        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.Year == year && (i.Machine == WorkflowNames.Machines.Monitoring || i.Machine == WorkflowNames.Machines.Measurement || i.Machine == WorkflowNames.Machines.Assignment || i.Machine == WorkflowNames.Machines.Appraisal || i.Machine == WorkflowNames.Machines.Reporting))
            .Select(i => new { i.Id, i.Machine, i.Round }).ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var journal = await db.WorkflowJournal.AsNoTracking().Where(j => ids.Contains(j.InstanceId)).Select(j => new { j.InstanceId, j.Trigger, j.ToState, j.AtUtc }).ToListAsync(cancellationToken);
        var process = new List<ProcessStep>();
        foreach (var round in rounds)
        {
            var instance = instances.FirstOrDefault(i => i.Round == round.Number && i.Machine is WorkflowNames.Machines.Monitoring or WorkflowNames.Machines.Measurement);
            var steps = instance is null ? [] : journal.Where(j => j.InstanceId == instance.Id).ToList();
            process.Add(new ProcessStep(round.Label, round.ReferenceDate, round.DueDate,
                steps.Where(s => s.ToState is "aperto" or "raccolta").Select(s => (DateTime?)s.AtUtc).Min(),
                steps.Where(s => s.ToState is "chiuso" or "calcolo").Select(s => (DateTime?)s.AtUtc).Min()));
        }

        foreach (var (machine, label) in new[] { ("assegnazione", "Assegnazione degli obiettivi"), ("valutazione", "Valutazione individuale") })
        {
            var instance = instances.FirstOrDefault(i => i.Machine == machine);
            if (instance is not null)
            {
                var steps = journal.Where(j => j.InstanceId == instance.Id).ToList();
                process.Add(new ProcessStep(label, null, null, steps.Select(s => (DateTime?)s.AtUtc).Min(), steps.Where(s => s.ToState is "approvato" or "conclusa" or "bloccato").Select(s => (DateTime?)s.AtUtc).Min()));
            }
        }

        var plan = await db.PlanYears.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        var relazione = instances.FirstOrDefault(i => i.Machine == WorkflowNames.Machines.Reporting);
        var validation = relazione is null ? "La Relazione non è ancora stata avviata." : ValidationText(journal.Where(j => j.InstanceId == relazione.Id).Select(j => j.Trigger).ToList());
        return new RelazioneData(
            year,
            organization.Value.Name,
            final?.Label,
            report?.Organization.Percent,
            [.. report?.Departments.Select(d => (d.Name, directors.GetValueOrDefault(d.Name), d.Score.Percent, d.Score.Indicators)) ?? []],
            [.. report?.Units.Select(u => (u.Department, u.Name, u.Score.Percent)) ?? []],
            [.. report?.MandateLines.Select(m => (m.Name, m.Score.Percent)) ?? []],
            [.. report?.StrategicObjectives.Select(s => (report.MandateLines.FirstOrDefault(m => m.Id == s.MandateLineId)?.Name ?? string.Empty, s.Title, s.Score.Percent)) ?? []],
            rows,
            trend,
            staff,
            individual,
            process,
            plan?.DeliberationNumber is { } number ? $"delibera di Giunta n. {number} del {ItalianFormat.Date(plan.DeliberationDate)}" : null,
            revised.Count,
            validation);
    }

    private static string ValidationText(IReadOnlyCollection<string> triggers) =>
        triggers.Any(t => t.StartsWith("valida", StringComparison.Ordinal))
            ? "La Relazione è stata validata dal Nucleo di valutazione: il documento di validazione è pubblicato con essa."
            : "La Relazione è proposta alla validazione del Nucleo di valutazione (art. 14 c.4 lett. c D.Lgs. 150/2009), presupposto per l'erogazione dei premi.";
}
