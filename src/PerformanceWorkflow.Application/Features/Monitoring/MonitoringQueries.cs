using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>A scheda on the segretario's dashboard.</summary>
public sealed record SchedaRow(int InstanceId, string Owner, string Departments, string State, string StateLabel, DateTime? SubmittedAtUtc, bool Late, bool Overdue, bool Validated);

/// <summary>How far a department is in a round.</summary>
public sealed record DepartmentProgress(string Department, int Schede, int Submitted, int Validated, double? Percent);

/// <summary>A round on the dashboard: its schede, its departments, its score, the round's own instance.</summary>
public sealed record RoundProgress(RoundInfo Round, int? InstanceId, string? StateLabel, IReadOnlyList<SchedaRow> Schede, IReadOnlyList<DepartmentProgress> Departments, double? OrganizationPercent, bool ScoresFresh);

public sealed record MonitoringDashboard(int Year, IReadOnlyList<RoundProgress> Rounds)
{
    /// <summary>The organization's score round after round, for the trend chart.</summary>
    public IEnumerable<(string Label, double? Percent)> Trend => Rounds.Where(r => r.OrganizationPercent is not null).Select(r => (r.Round.Label, r.OrganizationPercent));
}

/// <summary>
/// What the segretario follows during the year — per round, who has sent, who is late, how each department stands,
/// the organization's trend — and the round report (stato di attuazione by department, unit, objective) as a page
/// and as XLSX.
/// </summary>
public sealed class MonitoringQueries(AppDbContext db, ScoreService scores, WorkflowEngine engine, TimeProvider time)
{
    public async Task<MonitoringDashboard> DashboardAsync(int year, CancellationToken cancellationToken)
    {
        var rounds = await scores.RoundsAsync(year, cancellationToken);
        var result = new List<RoundProgress>();
        foreach (var round in rounds)
        {
            result.Add(await RoundAsync(round, cancellationToken));
        }

        return new MonitoringDashboard(year, result);
    }

    public async Task<RoundProgress?> RoundAsync(int year, int number, CancellationToken cancellationToken) =>
        await scores.RoundAsync(year, number, cancellationToken) is { } round ? await RoundAsync(round, cancellationToken) : null;

    private async Task<RoundProgress> RoundAsync(RoundInfo round, CancellationToken cancellationToken)
    {
        var phase = RoundOpeningJobs.PhaseOf(round.Kind);
        var parent = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.SubjectKey == WorkflowInstance.KeyOf(phase, round.Year, round.Number, null), cancellationToken);
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var schede = new List<SchedaRow>();
        var departments = new List<DepartmentProgress>();
        string? stateLabel = null;
        if (parent is not null)
        {
            var definition = engine.DefinitionOf(parent);
            stateLabel = definition.Machine(parent.Machine)?.State(parent.State)?.Label;
            var children = await db.WorkflowInstances.AsNoTracking().Where(i => i.ParentId == parent.Id && WorkflowNames.SubmissionMachines.Contains(i.Machine)).ToListAsync(cancellationToken);
            var ids = children.Select(c => c.Id).ToList();
            var submissions = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.InstanceId)).ToDictionaryAsync(s => s.InstanceId, cancellationToken);
            var owners = children.Select(c => c.OwnerId).OfType<string>().ToList();
            var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            var unitDepartments = await db.Units.AsNoTracking().Select(u => new { u.Id, Department = u.Department.Name, u.Department.Position }).ToDictionaryAsync(u => u.Id, cancellationToken);
            foreach (var child in children)
            {
                var machine = definition.Machine(child.Machine)!;
                submissions.TryGetValue(child.Id, out var submission);
                var depts = (submission?.UnitIds ?? []).Where(unitDepartments.ContainsKey).Select(u => unitDepartments[u]).OrderBy(d => d.Position).Select(d => d.Department).Distinct().ToList();
                var waiting = child.State == machine.Initial;
                schede.Add(new SchedaRow(
                    child.Id,
                    child.OwnerId is not null ? names.GetValueOrDefault(child.OwnerId, "—") : "—",
                    string.Join(", ", depts),
                    child.State,
                    machine.State(child.State)?.Label ?? child.State,
                    submission?.SubmittedAtUtc,
                    submission?.Late == true,
                    waiting && today > round.DueDate,
                    machine.State(child.State)?.Final == true));
            }

            schede = [.. schede.OrderBy(s => s.Departments, StringComparer.Ordinal).ThenBy(s => s.Owner, StringComparer.Ordinal)];
        }

        ScoreReportHead? report = null;
        var fresh = false;
        if (round.HasValues)
        {
            (_, fresh) = await scores.FreshnessAsync(round.Year, round.Id, cancellationToken);
            report = await scores.HeadAsync(round.Year, round.Id, cancellationToken);
        }

        foreach (var department in (report?.Departments ?? []).Select(d => (d.Name, Percent: d.Score.Percent)).DefaultIfEmpty())
        {
            if (department.Name is null)
            {
                continue;
            }

            var own = schede.Where(s => s.Departments.Split(", ").Contains(department.Name)).ToList();
            departments.Add(new DepartmentProgress(department.Name, own.Count, own.Count(s => s.SubmittedAtUtc is not null), own.Count(s => s.Validated), department.Percent));
        }

        return new RoundProgress(round, parent?.Id, stateLabel, schede, departments, report?.Organization.Percent, fresh);
    }

    /// <summary>The round report as a workbook: the stato di attuazione by department, unit, objective and indicator.</summary>
    public async Task<byte[]?> ReportWorkbookAsync(int year, int number, CancellationToken cancellationToken)
    {
        var round = await scores.RoundAsync(year, number, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var report = await scores.GetAsync(year, round.Id, cancellationToken);
        var progress = await RoundAsync(round, cancellationToken);
        var names = new ScoreReportNames(report);
        var indicators = await scores.IndicatorNamesAsync(year, cancellationToken);
        static object Percent(double? p) => p is { } v ? Math.Round(v, 1) : string.Empty;
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Riepilogo"] = new List<Dictionary<string, object>>
            {
                new() { ["Voce"] = "Anno", ["Valore"] = year },
                new() { ["Voce"] = "Round", ["Valore"] = round.Label },
                new() { ["Voce"] = "Data di riferimento", ["Valore"] = ItalianFormat.Date(round.ReferenceDate) },
                new() { ["Voce"] = "Scadenza", ["Valore"] = ItalianFormat.Date(round.DueDate) },
                new() { ["Voce"] = "Ente (%)", ["Valore"] = Percent(report.Organization.Percent) },
                new() { ["Voce"] = "Indicatori nel calcolo", ["Valore"] = report.Organization.Indicators },
                new() { ["Voce"] = "Schede inviate", ["Valore"] = $"{progress.Schede.Count(s => s.SubmittedAtUtc is not null)} su {progress.Schede.Count}" },
                new() { ["Voce"] = "Schede validate", ["Valore"] = progress.Schede.Count(s => s.Validated) },
                new() { ["Voce"] = "Calcolato il", ["Valore"] = ItalianFormat.DateTime(report.ComputedAtUtc) },
            },
            ["Settori"] = report.Departments.Select(d => new Dictionary<string, object> { ["Settore"] = d.Name, ["Percentuale"] = Percent(d.Score.Percent), ["Indicatori"] = d.Score.Indicators }).ToList(),
            ["Unità"] = report.Units.Select(u => new Dictionary<string, object> { ["Settore"] = u.Department, ["Unità"] = u.Name, ["Percentuale"] = Percent(u.Score.Percent), ["Indicatori"] = u.Score.Indicators }).ToList(),
            ["Obiettivi"] = report.Objectives.Select(o => new Dictionary<string, object> { ["Codice"] = o.Code ?? string.Empty, ["Obiettivo"] = o.Title, ["Unità"] = o.Unit, ["Percentuale"] = Percent(o.Score.Percent), ["Indicatori"] = o.Score.Indicators }).ToList(),
            ["Indicatori"] = report.Indicators.Select(i => new Dictionary<string, object>
            {
                ["Settore"] = names.Department(i), ["Unità"] = names.Unit(i), ["Codice"] = names.Code(i) ?? string.Empty,
                ["Indicatore"] = indicators.GetValueOrDefault(i.Id).Title ?? string.Empty, ["Tipo"] = indicators.GetValueOrDefault(i.Id).KindLabel ?? string.Empty,
                ["Target"] = i.Target, ["Valore"] = i.Value is { } v ? v : string.Empty, ["Percentuale"] = Percent(i.Percent),
            }).ToList(),
            ["Schede"] = progress.Schede.Select(s => new Dictionary<string, object>
            {
                ["Responsabile"] = s.Owner, ["Settore"] = s.Departments, ["Stato"] = s.StateLabel,
                ["Inviata il"] = s.SubmittedAtUtc is { } at ? ItalianFormat.DateTime(at) : string.Empty, ["In ritardo"] = s.Late || s.Overdue ? "sì" : "no",
            }).ToList(),
        };
        using var output = new MemoryStream();
        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return output.ToArray();
    }
}
